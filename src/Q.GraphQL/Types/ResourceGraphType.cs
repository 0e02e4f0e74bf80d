using GraphQL.Types;
using Q.Core.Model;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types;

/// <summary>Something members wrote or made to share what they learnt.</summary>
public sealed class ResourceGraphType : ObjectGraphType<Resource>
{
    public ResourceGraphType()
    {
        Name = "Resource";
        Description = "Something members wrote or made to share what they learnt: a case study, tool, guide, report…";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The resource's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ResourceTypeGraphType>>("type").Description("The kind of resource.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The resource's title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("body").Description("The resource's text, if it is held in Q.").Resolve(c => c.Source.Body);
        Field<StringGraphType>("url").Description("Where the resource lives, if outside Q (an absolute http(s) address).").Resolve(c => c.Source.Url);
        Field<DateGraphType>("published").Description("When the resource was published.").Resolve(c => c.Source.Published);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicGraphType>>>>("topics")
            .Description("The topics the resource is about.").WithListSize(QueryCost.ListSizes.ResourceTopics).Resolve(c => c.Loaders().Topics(c.Source.Topics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberGraphType>>>>("authors")
            .Description("The members who wrote it, in author order.").WithListSize(QueryCost.ListSizes.Authors).Resolve(c => c.Loaders().Members(c.Source.Authors));
    }
}
