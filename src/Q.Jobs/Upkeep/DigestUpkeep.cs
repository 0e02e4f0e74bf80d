using System.Globalization;
using Microsoft.Extensions.Options;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;
using Q.Jobs.History;
using Q.Jobs.Notifications;
using Q.Suggest;

namespace Q.Jobs.Upkeep;

/// <summary>
/// digest: what is new since the last successful digest (a week back the first time), plus a few suggested
/// connections for each reader with reasons built for that reader. Sent to members who can be emailed (an address, not
/// opted out); a reader with nothing new and no suggestions gets nothing.
/// </summary>
public sealed class DigestUpkeep(IGraphStore store, Suggester suggester, RunLog runs, Mailer mailer, IOptions<JobsOptions> options, TimeProvider clock) : IUpkeep
{
    public const string Kind = "digest";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = await runs.LastSuccessAsync(JobNames.Digest, ct) ?? now.AddDays(-7);
        var members = await ToListAsync(store.StreamMembersAsync(ct), ct);
        var content = DigestContent.Build(since, members, await ToListAsync(store.StreamResourcesAsync(ct), ct),
            await ToListAsync(store.StreamProjectsAsync(ct), ct),
            (await ToListAsync(store.StreamTopicsAsync(ct), ct)).ToDictionary(t => t.Id, StringComparer.Ordinal),
            (await ToListAsync(store.StreamOrganisationsAsync(ct), ct)).ToDictionary(o => o.Id, StringComparer.Ordinal));
        var names = members.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);

        var messages = new List<Message>();
        foreach (var reader in members.Where(Recipients.CanEmail))
        {
            var suggestions = await SuggestionsForAsync(reader.Id, ct);
            if (content.IsEmpty && suggestions.Count == 0) continue;
            var suggested = suggestions.Where(s => names.ContainsKey(s.MemberId))
                .Select(s => (names[s.MemberId], s.Reasons.Select(r => r.Text).FirstOrDefault())).ToList();
            messages.Add(Digest.Write(reader, content, suggested, options.Value, now));
        }
        var sent = await mailer.SendAsync(messages, ct);
        return string.Create(CultureInfo.InvariantCulture, $"digest since {since:yyyy-MM-dd HH:mm} UTC for {messages.Count:N0} readers; {sent}");
    }

    private async Task<IReadOnlyList<Suggestion>> SuggestionsForAsync(string memberId, CancellationToken ct)
    {
        var first = options.Value.DigestSuggestions;
        if (first <= 0) return [];
        try
        {
            return await suggester.SuggestAsync(memberId, first, Viewer.ForMember(memberId), ct);
        }
        catch (KeyNotFoundException)
        {
            return []; // joined after the suggester loaded the community: suggestions next time
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(ct)) list.Add(item);
        return list;
    }
}
