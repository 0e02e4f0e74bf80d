using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Q.Core.Ports;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Paging;

/// <summary>The Relay <c>first</c>/<c>after</c> arguments every member list takes, and their one reading.</summary>
public static class PageArguments
{
    public static FieldBuilder<TSource, TReturn> WithPageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first",
                $"How many members to return: {PageRequest.DefaultSize} when omitted, at most {PageRequest.MaxSize} (larger values are capped). Must not be negative.")
            .Argument<StringGraphType>("after",
                "Return the members after this cursor: an `endCursor` or edge `cursor` from an earlier page of the same list.");

    /// <summary>Reads the arguments; a negative <c>first</c> or a cursor we did not issue is the client's error.</summary>
    public static PageRequest Read(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? PageRequest.DefaultSize;
        if (first < 0)
            throw new BadUserInputError("first", "Argument 'first' must not be negative.");
        var after = context.GetArgument<string?>("after");
        MemberCursor? cursor = null;
        if (after is not null && !MemberCursor.TryDecode(after, out cursor))
            throw new BadUserInputError("after", "Argument 'after' is not a cursor returned by this API.");
        // Capped rather than refused: asking for "everything" is a normal thing to do; the cap keeps pages cheap.
        // The viewer's audience travels with the page, so lists leave out members whose topics or ties are hidden.
        return new PageRequest(Math.Min(first, PageRequest.MaxSize), cursor, context.Viewer().Audience);
    }
}
