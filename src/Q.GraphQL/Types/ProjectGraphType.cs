using GraphQL.Types;
using Q.Core.Model;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types;

/// <summary>An improvement project members work on together.</summary>
public sealed class ProjectGraphType : ObjectGraphType<Project>
{
    public ProjectGraphType()
    {
        Name = "Project";
        Description = "An improvement project members work on together.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The project's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The project's title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("summary").Description("What the project is about.").Resolve(c => c.Source.Summary);
        Field<ProjectStatusGraphType>("status").Description("Where the project is in its life, if known.").Resolve(c => c.Source.Status);
        Field<DateGraphType>("started").Description("When the project started.").Resolve(c => c.Source.Started);
        Field<DateGraphType>("ended").Description("When the project ended.").Resolve(c => c.Source.Ended);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicGraphType>>>>("topics")
            .Description("The topics the project works on.").WithListSize(QueryCost.ListSizes.ProjectTopics).Resolve(c => c.Loaders().Topics(c.Source.Topics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMemberGraphType>>>>("members")
            .Description("Who takes part in the project and in what role.").WithListSize(QueryCost.ListSizes.ProjectMembers).Resolve(c => c.Source.Members);
    }
}
