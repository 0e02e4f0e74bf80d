using GraphQL.Types;
using Q.Core.Suggest;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Suggestions;

/// <summary>One reason for a suggestion.</summary>
public sealed class ReasonGraphType : ObjectGraphType<Reason>
{
    public ReasonGraphType()
    {
        Name = "Reason";
        Description = "One reason for a suggestion: its kind, a sentence, and the ids it rests on.";
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("MutualConnections, SharedTopics, Expertise, SharedProject, SameOrganisation, Bridging or Profile.")
            .Resolve(c => c.Source.Kind.ToString());
        Field<NonNullGraphType<StringGraphType>>("text").Description("The reason in words.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("evidence")
            .Description("The members, topics, projects or organisations the reason rests on, all visible to you.")
            .WithListSize(10).Resolve(c => c.Source.Evidence);
    }
}
