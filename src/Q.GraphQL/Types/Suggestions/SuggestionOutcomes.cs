using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Types.Suggestions;

/// <summary>Aggregate outcomes of the feedback loop, from the kept suggestion events (no member is named).</summary>
public sealed record SuggestionOutcomes(
    int MembersShown, int SuggestionsShown, int Dismissed, int Requested, int Accepted, double? AcceptanceRate,
    int TiesFromSuggestions, double? BridgingShare)
{
    public static async Task<SuggestionOutcomes> ComputeAsync(IGraphStore store, CancellationToken ct)
    {
        var events = await store.GetSuggestionEventsAsync(null, ct);
        var shown = events.Where(e => e.Kind == SuggestionEventKind.Shown).Select(e => (e.MemberId, e.OtherId)).ToHashSet();
        var requested = events.Count(e => e.Kind == SuggestionEventKind.Requested);
        var accepted = events.Where(e => e.Kind == SuggestionEventKind.Accepted).ToList();
        // A tie came from a suggestion when the requester had been shown the member they asked (as acceptConnection decides).
        var fromSuggestions = accepted
            .Where(a => events.Any(e => e.Kind == SuggestionEventKind.Shown && e.MemberId == a.OtherId && e.OtherId == a.MemberId && e.At <= a.At))
            .Select(a => (a.MemberId, a.OtherId)).Distinct().ToList();
        double? bridging = null;
        if (fromSuggestions.Count > 0)
        {
            var members = await store.GetMembersAsync(fromSuggestions.SelectMany(p => new[] { p.MemberId, p.OtherId }).Distinct().ToList(), ct);
            var organisations = await store.GetOrganisationsAsync(members.Values.Select(m => m.OrganisationId).OfType<string>().Distinct().ToList(), ct);
            OrganisationType? Sector(Member m) => m.OrganisationId is { } o && organisations.TryGetValue(o, out var org) ? org.Type : null;
            bool Bridges((string A, string B) p) =>
                members.TryGetValue(p.A, out var a) && members.TryGetValue(p.B, out var b)
                && ((a.RegionId is not null && b.RegionId is not null && a.RegionId != b.RegionId)
                    || (Sector(a) is { } sa && Sector(b) is { } sb && sa != sb));
            bridging = fromSuggestions.Count(Bridges) / (double)fromSuggestions.Count;
        }
        return new SuggestionOutcomes(
            shown.Select(p => p.MemberId).Distinct().Count(), shown.Count,
            events.Where(e => e.Kind == SuggestionEventKind.Dismissed).Select(e => (e.MemberId, e.OtherId)).Distinct().Count(),
            requested, accepted.Count, requested == 0 ? null : accepted.Count / (double)requested,
            fromSuggestions.Count, bridging);
    }
}

/// <summary>The outcome figures, for evaluators and administrators.</summary>
public sealed class SuggestionOutcomesGraphType : ObjectGraphType<SuggestionOutcomes>
{
    public SuggestionOutcomesGraphType()
    {
        Name = "SuggestionOutcomes";
        Description = "How suggested connections have fared, over all kept suggestion events (aggregates only; erased members' events are gone).";
        Field<NonNullGraphType<IntGraphType>>("membersShown").Description("Members who have been shown suggestions.").Resolve(c => c.Source.MembersShown);
        Field<NonNullGraphType<IntGraphType>>("suggestionsShown").Description("Distinct (member, suggested member) pairs shown.").Resolve(c => c.Source.SuggestionsShown);
        Field<NonNullGraphType<IntGraphType>>("dismissed").Description("Distinct suggestions dismissed.").Resolve(c => c.Source.Dismissed);
        Field<NonNullGraphType<IntGraphType>>("requested").Description("Connection requests made.").Resolve(c => c.Source.Requested);
        Field<NonNullGraphType<IntGraphType>>("accepted").Description("Connection requests accepted.").Resolve(c => c.Source.Accepted);
        Field<FloatGraphType>("acceptanceRate").Description("accepted / requested; null before any request.").Resolve(c => c.Source.AcceptanceRate);
        Field<NonNullGraphType<IntGraphType>>("tiesFromSuggestions").Description("Ties formed by accepting a request that followed a suggestion.").Resolve(c => c.Source.TiesFromSuggestions);
        Field<FloatGraphType>("bridgingShare").Description("Share of tiesFromSuggestions joining different regions or sectors (organisation types); null when there are none.").Resolve(c => c.Source.BridgingShare);
    }
}

public static class SuggestionOutcomeFields
{
    public static void AddSuggestionOutcomeFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<SuggestionOutcomesGraphType>>("suggestionOutcomes")
            .Description("Outcome figures of suggested connections (evaluators and administrators): acceptance rate, ties formed, and how many bridge region or sector.")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                if (viewer.IsAnonymous) throw AccessError.Unauthenticated();
                if (viewer.Role is not (AccessRole.Evaluator or AccessRole.Admin))
                    throw AccessError.Forbidden("Only an evaluator or an administrator can see suggestion outcomes.");
                var store = (c.RequestServices ?? throw new InvalidOperationException("request services missing")).GetRequiredService<IGraphStore>();
                return await SuggestionOutcomes.ComputeAsync(store, c.CancellationToken);
            });
}
