namespace Q.Jobs.Notifications;

/// <summary>One email to one member, in both forms (the HTML is escaped as it is written; see <see cref="Html"/>).</summary>
/// <param name="Kind">"reminder" or "digest".</param>
/// <param name="SentAt">When SMTP accepted it; null while it waits in the outbox (or when no SMTP is configured).</param>
public sealed record Message(string Kind, string MemberId, string To, string Subject, string Text, string Html, DateTimeOffset CreatedAt, DateTimeOffset? SentAt = null);
