using System.Text.Json.Nodes;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;

namespace Q.Core.Privacy;

/// <summary>Something else that holds data about a member and adds it to their export (suggestions, feedback, …).</summary>
public interface IPersonalDataSource
{
    /// <summary>The name of the section this source fills in the export.</summary>
    string Section { get; }

    Task<JsonNode> ExportAsync(string memberId, CancellationToken ct);
}

/// <summary>
/// Everything Q holds about one member, for a subject access request (UK GDPR Art. 15 and 20): the profile with
/// every field and setting, consents with their times, ties, projects, authored resources, the audit entries
/// about them or by them, and whatever the registered sources add. Sections with nothing yet are still present.
/// </summary>
public sealed class PersonalDataExport(IGraphStore store, IEnumerable<IPersonalDataSource> sources, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<JsonObject> ExportAsync(string memberId, CancellationToken ct = default)
    {
        var member = (await store.GetMembersAsync([memberId], ct)).GetValueOrDefault(memberId) ?? throw new MemberNotFoundException(memberId);
        var ties = await store.GetConnectionsOfAsync(memberId, ct);
        var events = await store.GetSuggestionEventsAsync(memberId, ct);
        var others = await store.GetMembersAsync(ties.Select(t => t.From == memberId ? t.To : t.From).ToArray(), ct);
        var export = new JsonObject
        {
            ["exportedAt"] = _clock.GetUtcNow().ToString("O"),
            ["profile"] = Record(member),
            ["consents"] = new JsonArray((await store.GetConsentsAsync(memberId, ct))
                .Select(c => (JsonNode)new JsonObject { ["setting"] = c.Setting, ["value"] = c.Value, ["at"] = c.At.ToString("O") }).ToArray()),
            ["connections"] = new JsonArray(ties.Select(t =>
            {
                var other = t.From == memberId ? t.To : t.From;
                return (JsonNode)new JsonObject
                {
                    ["member"] = other, ["name"] = others.GetValueOrDefault(other)?.Name,
                    ["since"] = t.Since?.ToString("yyyy-MM-dd"), ["source"] = WireName<ConnectionSource>.Of(t.Source),
                };
            }).ToArray()),
            ["projects"] = new JsonArray((await store.GetProjectsOfMembersAsync([memberId], ct))[memberId].Select(p => Record(p)).ToArray()),
            ["resources"] = new JsonArray((await store.GetResourcesOfAuthorsAsync([memberId], ct))[memberId].Select(r => Record(r)).ToArray()),
            ["audit"] = new JsonArray((await store.GetAuditAsync(memberId, ct)).Select(a => (JsonNode)new JsonObject
            {
                ["at"] = a.At.ToString("O"), ["actor"] = a.Actor, ["action"] = a.Action, ["subject"] = a.Subject, ["detail"] = a.Detail,
            }).ToArray()),
            ["suggestionsShown"] = new JsonArray(events.Where(e => e.Kind == SuggestionEventKind.Shown && e.MemberId == memberId)
                .Select(e => (JsonNode)new JsonObject { ["member"] = e.OtherId, ["at"] = e.At.ToString("O") }).ToArray()),
            // Their own dismissals, requests and acceptances, and requests and acceptances addressed to them
            // (another member's dismissal of them, or being shown to another member, is that member's data).
            ["suggestionFeedback"] = new JsonArray(events
                .Where(e => e.Kind != SuggestionEventKind.Shown
                    && (e.MemberId == memberId || e.Kind is SuggestionEventKind.Requested or SuggestionEventKind.Accepted))
                .Select(e => (JsonNode)new JsonObject
                {
                    ["by"] = e.MemberId, ["member"] = e.OtherId, ["kind"] = e.Kind.ToString().ToLowerInvariant(), ["at"] = e.At.ToString("O"),
                }).ToArray()),
        };
        foreach (var source in sources) export[source.Section] = await source.ExportAsync(memberId, ct);
        return export;
    }

    /// <summary>A record as its import-format line, so the export reads like the rest of Q's data.</summary>
    private static JsonNode Record(object record) => JsonNode.Parse(RecordWriter.ToJson(record))!;
}
