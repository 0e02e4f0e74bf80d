using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.GraphQL.Types;

/// <summary>A member in a list, with the cursor to resume after it.</summary>
public sealed class MemberEdgeGraphType : ObjectGraphType<Member>
{
    public MemberEdgeGraphType()
    {
        Name = "MemberEdge";
        Description = "A member in a list, with the cursor to resume the list after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the members that follow this one.")
            .Resolve(c => MemberCursor.Of(c.Source).Encode());
        Field<NonNullGraphType<MemberGraphType>>("node").Description("The member.").Resolve(c => c.Source);
    }
}
