using GraphQL.Types;
using Q.Core.Suggest;
using Q.GraphQL.Hardening;
using Q.GraphQL.Loading;

namespace Q.GraphQL.Types.Suggestions;

/// <summary>A suggested connection: the member, the score and the reasons (already filtered for the viewer).</summary>
public sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "A member you might connect with, how strongly the model suggests them, and why.";
        Field<NonNullGraphType<MemberGraphType>>("member").Description("The suggested member (seen as your profile access allows).")
            .Resolve(c => c.Loaders().Member(c.Source.MemberId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How strongly the member is suggested; higher is better (comparable within one answer only).")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonGraphType>>>>("reasons")
            .Description("Why, each citing its evidence; never anything you may not see.")
            .WithListSize(7).Resolve(c => c.Source.Reasons);
    }
}
