using System.Globalization;
using Microsoft.Extensions.Options;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Jobs.Notifications;
using Q.Jobs.Searches;

namespace Q.Jobs.Upkeep;

/// <summary>
/// profile-freshness: members whose profile content has not changed for Jobs:StaleAfterMonths (12) months, who can be
/// emailed and were not reminded in the last Jobs:RemindAgainAfterDays, get a reminder — with hints when recent
/// searches found few people and would have found them had they listed a topic their projects or resources show they
/// work on. Then the search log is trimmed to its retention.
/// </summary>
public sealed class ProfileFreshnessUpkeep(
    IGraphStore store, SearchLog searches, Vocabulary vocabulary, Mailer mailer, Outbox outbox, IOptions<JobsOptions> options, TimeProvider clock) : IUpkeep
{
    public const string Kind = "reminder";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var staleBefore = now.AddMonths(-o.StaleAfterMonths);
        var remindedRecently = outbox.LastOfKind(Kind).Where(p => p.Value > now.AddDays(-o.RemindAgainAfterDays)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var stale = new List<Member>();
        await foreach (var m in store.StreamMembersAsync(ct))
            if (m.Updated is { } updated && updated < staleBefore && Recipients.CanEmail(m) && !remindedRecently.Contains(Outbox.SafeId(m.Id))) stale.Add(m);

        var hints = new DemandHints(await searches.SinceAsync(now.AddDays(-o.HintWindowDays), ct), o.FewResults, vocabulary);
        var messages = new List<Message>();
        foreach (var chunk in stale.Chunk(500))
        {
            var unlisted = await UnlistedTopicsAsync(chunk, ct);
            messages.AddRange(chunk.Select(m => Reminder.Write(m, hints.For(unlisted.GetValueOrDefault(m.Id) ?? []), o, now)));
        }
        var sent = await mailer.SendAsync(messages, ct);
        var trimmed = await searches.TrimAsync(now.AddDays(-o.SearchLogRetentionDays), ct);
        var hinted = messages.Count(m => m.Text.Contains(Reminder.HintMarker, StringComparison.Ordinal));
        return string.Create(CultureInfo.InvariantCulture,
            $"{stale.Count:N0} stale profiles reminded ({hinted:N0} with hints from {hints.UnmetSearches:N0} searches that found few people); {sent}; {trimmed:N0} logged searches past retention trimmed");
    }

    /// <summary>Per member, the topics of their projects and resources that their profile does not list.</summary>
    private async Task<Dictionary<string, List<Topic>>> UnlistedTopicsAsync(IReadOnlyCollection<Member> members, CancellationToken ct)
    {
        var ids = members.Select(m => m.Id).ToList();
        var projects = await store.GetProjectsOfMembersAsync(ids, ct);
        var resources = await store.GetResourcesOfAuthorsAsync(ids, ct);
        var worked = members.ToDictionary(m => m.Id, m => projects[m.Id].SelectMany(p => p.Topics).Concat(resources[m.Id].SelectMany(r => r.Topics))
            .Except(m.Topics.Select(t => t.TopicId)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var topics = await store.GetTopicsAsync(worked.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToList(), ct);
        return worked.ToDictionary(p => p.Key, p => p.Value.Select(topics.GetValueOrDefault).OfType<Topic>().ToList(), StringComparer.Ordinal);
    }
}
