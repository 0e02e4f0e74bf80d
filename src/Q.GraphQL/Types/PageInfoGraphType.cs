using GraphQL.Types;
using Q.Core.Ports;

namespace Q.GraphQL.Types;

/// <summary>Where a page is in its list, for any Relay connection (members, search hits).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfo Of(MemberPage page) => new(page.HasNextPage, page.HasPreviousPage,
        page.Members.Count > 0 ? MemberCursor.Of(page.Members[0]).Encode() : null,
        page.Members.Count > 0 ? MemberCursor.Of(page.Members[^1]).Encode() : null);
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page is in its list (Relay).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether this page was asked for with `after`, so items may come before it.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the page's first item; null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last item (pass as `after` for the next page); null for an empty page.")
            .Resolve(c => c.Source.EndCursor);
    }
}
