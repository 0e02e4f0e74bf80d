using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>The part a member plays in a project.</summary>
public sealed class ProjectRoleGraphType() : DescribedEnumGraphType<ProjectRole>("ProjectRole",
    "The part a member plays in a project.",
    new Dictionary<ProjectRole, string>
    {
        [ProjectRole.Lead] = "Leads the project.",
        [ProjectRole.Member] = "Works on the project.",
        [ProjectRole.Sponsor] = "Sponsors the project.",
        [ProjectRole.Adviser] = "Advises the project.",
    });
