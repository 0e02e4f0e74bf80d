using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Privacy;

/// <summary>
/// Members editing their own profile and settings: the same hygiene and rules as an import, references checked,
/// every visibility or consent change kept with its time, and an audit entry naming the fields changed.
/// </summary>
public sealed class ProfileEditor(IGraphStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<Member> UpdateAsync(string memberId, ProfileChanges changes, CancellationToken ct = default)
    {
        var current = await CurrentAsync(memberId, ct);
        var updated = current with
        {
            Name = changes.Name is { } n ? TextHygiene.Line(n.Value) ?? "" : current.Name,
            Headline = changes.Headline is { } h ? Empty(TextHygiene.Line(h.Value)) : current.Headline,
            Bio = changes.Bio is { } b ? Empty(TextHygiene.Paragraphs(b.Value)) : current.Bio,
            Email = changes.Email is { } e ? Empty(e.Value?.Trim()) : current.Email,
            Phone = changes.Phone is { } p ? Empty(p.Value?.Trim()) : current.Phone,
            Role = changes.Role?.Value ?? current.Role,
            RegionId = changes.RegionId is { } r ? r.Value : current.RegionId,
            OrganisationId = changes.OrganisationId is { } o ? o.Value : current.OrganisationId,
            Topics = changes.Topics?.Value ?? current.Topics,
        };
        if (updated.Validate() is [var problem, ..]) throw new InvalidChangeException(problem.Field, $"{problem.Field} {problem.Message}".Replace(": ", " ", StringComparison.Ordinal));
        var changed = ChangedFields(current, updated);
        if (changed.Count == 0) return current;
        updated = updated with { Updated = _clock.GetUtcNow() };
        await store.ExecuteWriteAsync(async (w, token) =>
        {
            await RequireExistsAsync(w, RecordKind.Organisation, updated.OrganisationId is { } org && org != current.OrganisationId ? [org] : [], "organisation", token);
            await RequireExistsAsync(w, RecordKind.Topic, updated.Topics.Select(t => t.TopicId).Except(current.Topics.Select(t => t.TopicId)).ToArray(), "topics", token);
            await w.UpsertMembersAsync([updated], token);
            await w.AppendAuditAsync([new AuditEntry(_clock.GetUtcNow(), memberId, "profile.update", memberId, string.Join(",", changed))], token);
            return 0;
        }, ct);
        return updated;
    }

    public async Task<Member> UpdateVisibilityAsync(string memberId, VisibilityChanges changes, CancellationToken ct = default)
    {
        var current = await CurrentAsync(memberId, ct);
        var settings = current.Visibility;
        var consents = new List<Consent>();
        var now = _clock.GetUtcNow();
        foreach (var (field, value) in changes.Fields)
        {
            if (!ProfileVisibility.FieldNames.Contains(field)) throw new InvalidChangeException(field, $"{field} is not a field with visibility");
            if (settings[field] == value) continue;
            settings = settings.With(field, value);
            consents.Add(new Consent(memberId, field, WireName<Visibility>.Of(value), now));
        }
        if (changes.Employer is { } employer && employer != settings.Employer)
        {
            settings = settings with { Employer = employer };
            consents.Add(new Consent(memberId, ProfileVisibility.EmployerField, employer ? "true" : "false", now));
        }
        if (changes.SuggestionsOptOut is { } optOut && optOut != settings.SuggestionsOptOut)
        {
            settings = settings with { SuggestionsOptOut = optOut };
            consents.Add(new Consent(memberId, ProfileVisibility.SuggestionsOptOutField, optOut ? "true" : "false", now));
        }
        if (changes.NotificationsOptOut is { } noMail && noMail != settings.NotificationsOptOut)
        {
            settings = settings with { NotificationsOptOut = noMail };
            consents.Add(new Consent(memberId, ProfileVisibility.NotificationsOptOutField, noMail ? "true" : "false", now));
        }
        if (consents.Count == 0) return current;
        var updated = current with { Visibility = settings };
        await store.ExecuteWriteAsync(async (w, token) =>
        {
            await w.UpsertMembersAsync([updated], token);
            await w.RecordConsentsAsync(consents, token);
            await w.AppendAuditAsync([new AuditEntry(now, memberId, "visibility.update", memberId, string.Join(",", consents.Select(c => c.Setting)))], token);
            return 0;
        }, ct);
        return updated;
    }

    private async Task<Member> CurrentAsync(string memberId, CancellationToken ct) =>
        (await store.GetMembersAsync([memberId], ct)).GetValueOrDefault(memberId)
        ?? throw new MemberNotFoundException(memberId);

    private static async Task RequireExistsAsync(IGraphWriter w, RecordKind kind, IReadOnlyCollection<string> ids, string field, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var found = await w.FindExistingAsync(kind, ids, ct);
        if (ids.FirstOrDefault(id => !found.Contains(id)) is { } missing)
            throw new InvalidChangeException(field, $"{field}: '{Validation.Clip(missing)}' does not exist");
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static List<string> ChangedFields(Member a, Member b)
    {
        var changed = new List<string>();
        void Check(string name, bool same) { if (!same) changed.Add(name); }
        Check("name", a.Name == b.Name);
        Check("headline", a.Headline == b.Headline);
        Check("bio", a.Bio == b.Bio);
        Check("email", a.Email == b.Email);
        Check("phone", a.Phone == b.Phone);
        Check("role", a.Role == b.Role);
        Check("region", a.RegionId == b.RegionId);
        Check("organisation", a.OrganisationId == b.OrganisationId);
        Check("topics", a.Topics.SequenceEqual(b.Topics));
        return changed;
    }
}

/// <summary>The member an operation acts on does not exist (for example, it was erased after the token was issued).</summary>
public sealed class MemberNotFoundException(string memberId) : Exception($"There is no member '{Validation.Clip(memberId)}'.");
