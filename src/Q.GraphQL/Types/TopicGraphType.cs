using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Hardening;
using Q.GraphQL.Loading;
using Q.GraphQL.Access;
using Q.GraphQL.Paging;

namespace Q.GraphQL.Types;

/// <summary>A subject of improvement work, in a broader/narrower hierarchy.</summary>
public sealed class TopicGraphType : ObjectGraphType<Topic>
{
    public TopicGraphType()
    {
        Name = "Topic";
        Description = "A subject of improvement work. Topics form a hierarchy: Sepsis is narrower than Patient safety.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The topic's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The topic's preferred name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("synonyms")
            .Description("Other names people use for the topic.").Resolve(c => c.Source.Synonyms);
        Field<TopicGraphType>("broader").Description("The broader topic this one belongs to; null for a top-level topic.")
            .Resolve(c => c.Source.BroaderId is { } id ? c.Loaders().Topic(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicGraphType>>>>("narrower")
            .Description("The topics directly narrower than this one, by name.").WithListSize(QueryCost.ListSizes.Narrower).Resolve(c => c.Loaders().NarrowerOf(c.Source.Id));
        Field<NonNullGraphType<MemberConnectionGraphType>>("members")
            .Description("Members who work on this topic or any narrower topic, alphabetically. A member whose topics are hidden from this viewer is left out (and not counted).")
            .WithPageArguments()
            .Resolve(c => c.Loaders().Page(MemberScope.Topic, c.Source.Id, PageArguments.Read(c))
                .Then(page => ProfileAccess.AuditListed(c, page, ProfileField.Topics)));
    }
}
