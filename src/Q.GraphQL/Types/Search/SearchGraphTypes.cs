using GraphQL.Types;
using Q.Core.Search;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Search;

/// <summary>Where a hit matched.</summary>
public sealed class HighlightGraphType : ObjectGraphType<Highlight>
{
    public HighlightGraphType()
    {
        Name = "Highlight";
        Description = "Where a hit matched: a field and fragments of it, matched words wrapped in <em>…</em> (the rest HTML-escaped).";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field, e.g. bio, headline, topics, name.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fragments").Description("Fragments of the field.")
            .WithListSize(3).Resolve(c => c.Source.Fragments);
    }
}

/// <summary>One value of a facet.</summary>
public sealed class FacetValueGraphType : ObjectGraphType<FacetValue>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "One value of a facet and how many hits have it (counted with every other filter applied, but not this facet's own).";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The id to filter by (a region id, a role, an organisation type, a topic id).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The value in words.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many hits have it.").Resolve(c => c.Source.Count);
    }
}

/// <summary>The facets of a people search.</summary>
public sealed class PeopleFacetsGraphType : ObjectGraphType<PeopleFacets>
{
    public PeopleFacetsGraphType()
    {
        Name = "PeopleFacets";
        Description = "Counts of people-search hits by region, role, organisation type and topic. Each facet ignores its own filter, so choosing a region still shows the other regions' counts.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("region").Description("Hits by region.").WithListSize(18).Resolve(c => c.Source.Region);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("role").Description("Hits by role.").WithListSize(6).Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("organisationType").Description("Hits by the kind of organisation they work for.").WithListSize(14).Resolve(c => c.Source.OrganisationType);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("topic").Description("Hits by topic (only topics you may see counted).").WithListSize(20).Resolve(c => c.Source.Topic);
    }
}

/// <summary>The facets of a resource search.</summary>
public sealed class ResourceFacetsGraphType : ObjectGraphType<ResourceSearchPage>
{
    public ResourceFacetsGraphType()
    {
        Name = "ResourceFacets";
        Description = "Counts of resource-search hits by type and by topic (each ignoring its own filter).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("type").Description("Hits by kind.").WithListSize(8).Resolve(c => c.Source.TypeFacet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("topic").Description("Hits by topic.").WithListSize(20).Resolve(c => c.Source.TopicFacet);
    }
}
