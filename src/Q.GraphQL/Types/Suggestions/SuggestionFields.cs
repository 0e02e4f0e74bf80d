using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Ports;
using Q.Core.Suggest;
using Q.GraphQL.Errors;
using Q.GraphQL.Hardening;
using Q.Suggest;

namespace Q.GraphQL.Types.Suggestions;

/// <summary><c>suggestedConnections</c>: a member's suggested connections, for that member (and administrators).</summary>
public static class SuggestionFields
{
    public const int MaxFirst = 50;

    public static void AddSuggestionFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("suggestedConnections")
            .Description($"Members this member might connect with, best first, each with reasons citing evidence the caller may see. Only the member themself (or an administrator) may ask; first is 1 to {MaxFirst}.")
            .Argument<NonNullGraphType<IdGraphType>>("member", "The member the suggestions are for.")
            .Argument<IntGraphType>("first", $"How many, 1 to {MaxFirst}.", a => a.DefaultValue = 10)
            .WithListSize(10)
            .ResolveAsync(async c =>
            {
                var member = c.GetArgument<string>("member");
                var viewer = c.Viewer();
                if (viewer.IsAnonymous) throw AccessError.Unauthenticated();
                if (!viewer.IsAdmin && viewer.MemberId != member)
                    throw AccessError.Forbidden("Only the member themself (or an administrator) may see their suggested connections.");
                var first = c.GetArgument<int?>("first") ?? 10;
                if (first is < 1 or > MaxFirst) throw new BadUserInputError("first", $"first must be 1 to {MaxFirst}.");
                var services = c.RequestServices ?? throw new InvalidOperationException("request services missing");
                var suggester = services.GetRequiredService<Suggester>();
                try
                {
                    var suggestions = await suggester.SuggestAsync(member, first, viewer, c.CancellationToken);
                    if (viewer.MemberId == member && suggestions.Count > 0)
                    {
                        // Shown to the member themself (an administrator looking is not showing): kept for the outcome figures.
                        var now = DateTimeOffset.UtcNow;
                        await services.GetRequiredService<IGraphStore>().ExecuteWriteAsync(async (w, ct) =>
                        {
                            await w.RecordSuggestionEventsAsync(suggestions.Select(s => new SuggestionEvent(member, s.MemberId, SuggestionEventKind.Shown, now)).ToList(), ct);
                            return 0;
                        }, c.CancellationToken);
                    }
                    return (object?)suggestions;
                }
                catch (KeyNotFoundException)
                {
                    if (viewer.MemberId == member) return Array.Empty<Q.Core.Suggest.Suggestion>();
                    throw new BadUserInputError("member", "No member with this id.");
                }
            });
    }

    /// <summary>
    /// After a change to members (profile, visibility, erasure): the suggester's in-memory community is stale, and a
    /// reason must never rest on a visibility the member has since withdrawn, so it reloads on next use.
    /// </summary>
    public static T Changed<T>(IResolveFieldContext c, T result)
    {
        (c.RequestServices?.GetService(typeof(Suggester)) as Suggester)?.ForgetCommunity();
        return result;
    }
}
