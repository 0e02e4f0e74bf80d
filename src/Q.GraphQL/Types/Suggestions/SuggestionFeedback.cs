using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;
using Q.GraphQL.Access;
using Q.GraphQL.Errors;
using Q.Suggest;

namespace Q.GraphQL.Types.Suggestions;

/// <summary>
/// The feedback loop (docs/suggestions.md): dismiss a suggestion, request a connection, accept one. Each is a
/// member acting for themself and is kept as a suggestion event; accepting creates the tie in the same transaction.
/// </summary>
public static class SuggestionFeedback
{
    public static void AddSuggestionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BooleanGraphType>>("dismissSuggestion")
            .Description("Never suggest this member to you again (member role). Kept as a suggestion event.")
            .Argument<NonNullGraphType<IdGraphType>>("member", "The suggested member you dismiss.")
            .ResolveAsync(async c =>
            {
                var (me, other) = await PairAsync(c);
                await Store(c).ExecuteWriteAsync(async (w, ct) =>
                {
                    await w.RecordSuggestionEventsAsync([new SuggestionEvent(me, other, SuggestionEventKind.Dismissed, DateTimeOffset.UtcNow)], ct);
                    return 0;
                }, c.CancellationToken);
                Services(c).GetService<Suggester>()?.ForgetCommunity();
                c.Audit().Record("suggestion.dismiss", me);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("requestConnection")
            .Description("Ask a member to connect with you (member role); they accept with acceptConnection. Kept as a suggestion event.")
            .Argument<NonNullGraphType<IdGraphType>>("member", "The member you would like to connect with.")
            .ResolveAsync(async c =>
            {
                var (me, other) = await PairAsync(c);
                var store = Store(c);
                if ((await store.GetConnectionsOfAsync(me, c.CancellationToken)).Any(t => t.From == other || t.To == other))
                    throw new BadUserInputError("member", "You are already connected.");
                await store.ExecuteWriteAsync(async (w, ct) =>
                {
                    await w.RecordSuggestionEventsAsync([new SuggestionEvent(me, other, SuggestionEventKind.Requested, DateTimeOffset.UtcNow)], ct);
                    return 0;
                }, c.CancellationToken);
                c.Audit().Record("suggestion.request", me);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("acceptConnection")
            .Description("Accept a member's request to connect (member role, as the requested member): the tie is created, dated today, with source SUGGESTION when the request followed a suggestion of you to them.")
            .Argument<NonNullGraphType<IdGraphType>>("member", "The member whose request you accept.")
            .ResolveAsync(async c =>
            {
                var (me, requester) = await PairAsync(c);
                var store = Store(c);
                var events = await store.GetSuggestionEventsAsync(me, c.CancellationToken);
                var request = events.LastOrDefault(e => e.Kind == SuggestionEventKind.Requested && e.MemberId == requester && e.OtherId == me);
                if (request is null || events.Any(e => e.Kind == SuggestionEventKind.Accepted && e.MemberId == me && e.OtherId == requester && e.At >= request.At))
                    throw new BadUserInputError("member", "This member has not asked to connect with you.");
                var suggested = events.Any(e => e.Kind == SuggestionEventKind.Shown && e.MemberId == requester && e.OtherId == me && e.At <= request.At);
                var now = DateTimeOffset.UtcNow;
                await store.ExecuteWriteAsync(async (w, ct) =>
                {
                    await w.UpsertConnectionsAsync([new Connection
                    {
                        From = requester, To = me, Since = DateOnly.FromDateTime(now.UtcDateTime),
                        Source = suggested ? ConnectionSource.Suggestion : ConnectionSource.Other,
                    }], ct);
                    await w.RecordSuggestionEventsAsync([new SuggestionEvent(me, requester, SuggestionEventKind.Accepted, now)], ct);
                    return 0;
                }, c.CancellationToken);
                Services(c).GetService<Suggester>()?.ForgetCommunity();
                c.Audit().Record("suggestion.accept", me);
                return true;
            });
    }

    /// <summary>The caller (a member) and the other member, who must exist and not be the caller.</summary>
    private static async Task<(string Me, string Other)> PairAsync(IResolveFieldContext c)
    {
        var me = Require.Member(c);
        var other = c.GetArgument<string>("member");
        if (other == me) throw new BadUserInputError("member", "That is you.");
        var found = await Store(c).FindExistingAsync(RecordKind.Member, [other], c.CancellationToken);
        if (!found.Contains(other)) throw new BadUserInputError("member", "No member with this id.");
        return (me, other);
    }

    private static IServiceProvider Services(IResolveFieldContext c) =>
        c.RequestServices ?? throw new InvalidOperationException("request services missing");

    private static IGraphStore Store(IResolveFieldContext c) => Services(c).GetRequiredService<IGraphStore>();
}
