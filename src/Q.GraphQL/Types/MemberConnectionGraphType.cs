using GraphQL.Types;
using Q.Core.Ports;

namespace Q.GraphQL.Types;

/// <summary>A Relay connection over one page of members.</summary>
public sealed class MemberConnectionGraphType : ObjectGraphType<MemberPage>
{
    public MemberConnectionGraphType()
    {
        Name = "MemberConnection";
        Description = "One page of an alphabetical list of members (Relay cursor connection).";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many members the whole list has, across all pages.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberEdgeGraphType>>>>("edges")
            .Description("The members of this page, each with its cursor.").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberGraphType>>>>("nodes")
            .Description("The members of this page, without cursors.").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page is in the list.").Resolve(c => PageInfo.Of(c.Source));
    }
}
