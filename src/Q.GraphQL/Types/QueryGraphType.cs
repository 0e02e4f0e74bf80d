using GraphQL;
using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Hardening;
using Q.GraphQL.Access;
using Q.GraphQL.Paging;
using Q.GraphQL.Types.Connectivity;
using Q.GraphQL.Types.Jobs;
using Q.GraphQL.Types.Search;
using Q.GraphQL.Types.Suggestions;

namespace Q.GraphQL.Types;

/// <summary>The entry points of Q's graph.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IGraphStore store)
    {
        Name = "Query";
        Description = "The entry points of the Q community graph. Lookups by id answer null (not an error) for an unknown id.";
        Field<MemberGraphType>("member").Description("The member with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The member's id.")
            .Resolve(c => c.Loaders().Member(c.GetArgument<string>("id")));
        Field<OrganisationGraphType>("organisation").Description("The organisation with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's id.")
            .Resolve(c => c.Loaders().Organisation(c.GetArgument<string>("id")));
        Field<TopicGraphType>("topic").Description("The topic with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The topic's id.")
            .Resolve(c => c.Loaders().Topic(c.GetArgument<string>("id")));
        Field<ProjectGraphType>("project").Description("The project with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The project's id.")
            .Resolve(c => c.Loaders().Project(c.GetArgument<string>("id")));
        Field<ResourceGraphType>("resource").Description("The resource with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The resource's id.")
            .Resolve(c => c.Loaders().Resource(c.GetArgument<string>("id")));
        Field<NonNullGraphType<MemberConnectionGraphType>>("members")
            .Description("The member directory, alphabetically by name ignoring accents, case and punctuation. An unknown topic, organisation or region in the filter gives an empty list.")
            .Argument<MemberFilterInputGraphType>("filter", "Only members matching every filter given.")
            .WithPageArguments()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<MemberFilter?>("filter") ?? MemberFilter.None;
                var page = await store.FindMembersAsync(filter, PageArguments.Read(c), c.CancellationToken);
                return filter.TopicId is null ? page : ProfileAccess.AuditListed(c, page, ProfileField.Topics);
            });
        this.AddSearchFields();
        this.AddConnectivityFields();
        this.AddSuggestionFields();
        this.AddSuggestionOutcomeFields();
        this.AddJobFields();
        Field<MemberGraphType>("me").Description("The member you are signed in as (member role), with all of your own data; null for other callers.")
            .Resolve(c => c.Viewer().MemberId is { } id ? c.Loaders().Member(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("All 18 regions, in their fixed order (nations first).").WithListSize(QueryCost.ListSizes.Regions).Resolve(_ => Region.All);
        Field<RegionGraphType>("region").Description("The region with this id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The region's id, e.g. `wales`.")
            .Resolve(c => Region.Find(c.GetArgument<string>("id")));
    }
}
