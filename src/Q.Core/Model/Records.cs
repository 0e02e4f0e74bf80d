namespace Q.Core.Model;

/// <summary>
/// One line of the audit log: who did what to whose data, and when — never the values. Actors and subjects
/// are member ids, or role names such as "admin" or "employer:org-1"; an erased member's become a pseudonym.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Subject = null, string? Detail = null);

/// <summary>A visibility setting or consent as a member gave it, with when: evidence for UK GDPR requests.</summary>
public sealed record Consent(string MemberId, string Setting, string Value, DateTimeOffset At);

/// <summary>What an erasure removed. <see cref="Erased"/> is false when there was no such member (a repeat is a no-op).</summary>
public sealed record ErasureReport(bool Erased, string? Pseudonym, int Connections, int ProjectRoles, int Authorships, int Consents, int AuditEntriesPseudonymised)
{
    public static ErasureReport Nothing { get; } = new(false, null, 0, 0, 0, 0, 0);
}

/// <summary>How many members of an organisation hold a topic at a level.</summary>
public sealed record SkillCount(string TopicId, TopicLevel Level, int Count);
