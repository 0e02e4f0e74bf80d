using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Q.Jobs.Notifications;

/// <summary>
/// Puts messages in the outbox and, when SMTP is configured, delivers every pending one (older failures too).
/// Delivery uses System.Net.Mail's SmtpClient; it has not been tried against a live server (docs/jobs.md).
/// </summary>
public sealed class Mailer(Outbox outbox, IOptions<JobsOptions> options, ILogger<Mailer> logger)
{
    /// <summary>Writes the messages to the outbox, then delivers what is pending; returns a line for the run's summary.</summary>
    public async Task<string> SendAsync(IReadOnlyCollection<Message> messages, CancellationToken ct)
    {
        foreach (var message in messages) outbox.Write(message);
        var smtp = options.Value.Smtp;
        if (!smtp.Configured) return $"{messages.Count:N0} in the outbox (no SMTP configured)";
        var (sent, failed, firstError) = await DeliverPendingAsync(smtp, ct);
        if (failed > 0)
            throw new InvalidOperationException(
                $"{failed:N0} message(s) could not be sent by SMTP ({firstError}); they stay in the outbox and are retried on the next run of profile-freshness or digest.");
        return $"{messages.Count:N0} in the outbox, {sent:N0} sent by SMTP";
    }

    private async Task<(int Sent, int Failed, string? FirstError)> DeliverPendingAsync(SmtpSettings smtp, CancellationToken ct)
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.User)) client.Credentials = new NetworkCredential(smtp.User, smtp.Password);
        int sent = 0, failed = 0;
        string? firstError = null;
        foreach (var (path, message) in outbox.Pending().ToList())
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                using var mail = ToMail(smtp.From, message);
                await client.SendMailAsync(mail, ct);
                outbox.Save(path, message with { SentAt = DateTimeOffset.UtcNow });
                sent++;
            }
            catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException)
            {
                failed++;
                firstError ??= e.Message;
                // The address is personal data: the log names the file, not the recipient.
                logger.LogWarning("SMTP delivery of {File} failed: {Error}", Path.GetFileName(path), e.Message);
            }
        }
        return (sent, failed, firstError);
    }

    private static MailMessage ToMail(string from, Message message)
    {
        var mail = new MailMessage(new MailAddress(from), new MailAddress(message.To)) { Subject = message.Subject, Body = message.Text };
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, null, MediaTypeNames.Text.Html));
        return mail;
    }
}
