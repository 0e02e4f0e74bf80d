using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>A member's part in a project.</summary>
public sealed class ProjectMemberGraphType : ObjectGraphType<ProjectMember>
{
    public ProjectMemberGraphType()
    {
        Name = "ProjectMember";
        Description = "A member taking part in a project, and their role in it.";
        Field<NonNullGraphType<MemberGraphType>>("member").Description("The member.").Resolve(c => c.Loaders().Member(c.Source.MemberId));
        Field<NonNullGraphType<ProjectRoleGraphType>>("role").Description("The member's role in the project.").Resolve(c => c.Source.Role);
    }
}
