using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Q.Jobs.Notifications;

namespace Q.Jobs.Tests;

/// <summary>The outbox and mailer as the jobs use them, with no SMTP server (messages stay in the outbox).</summary>
internal static class Notifications
{
    public static (Outbox Outbox, Mailer Mailer) Create(string data, JobsOptions options)
    {
        var outbox = new Outbox(data);
        return (outbox, new Mailer(outbox, Options.Create(options), NullLogger<Mailer>.Instance));
    }

    public static List<Message> Messages(Outbox outbox) => outbox.Files().Select(Outbox.Read).ToList();
}
