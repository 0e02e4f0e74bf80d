using GraphQL.Types;
using Q.Core.Ports;

namespace Q.GraphQL.Types;

/// <summary>Relay page information, read straight off the store's page.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<MemberPage>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page is in its list (Relay).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether members follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether this page was asked for with `after`, so members may come before it.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the page's first member; null for an empty page.")
            .Resolve(c => c.Source.Members.Count > 0 ? MemberCursor.Of(c.Source.Members[0]).Encode() : null);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last member (pass as `after` for the next page); null for an empty page.")
            .Resolve(c => c.Source.Members.Count > 0 ? MemberCursor.Of(c.Source.Members[^1]).Encode() : null);
    }
}
