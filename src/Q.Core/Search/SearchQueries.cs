using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Search;

/// <summary>A people search: the plan made from the user's words, filters, a page, and who is asking.</summary>
public sealed record PeopleQuery(QueryPlan Plan, MemberFilter Filter, int First, int Offset, Audience Audience);

public sealed record ResourceFilter(string? Type = null, string? TopicId = null)
{
    public static ResourceFilter None { get; } = new();
}

public sealed record ResourceQuery(QueryPlan Plan, ResourceFilter Filter, int First, int Offset);

/// <summary>Where a hit matched: the field and fragments with the matched words wrapped in &lt;em&gt;…&lt;/em&gt;.</summary>
public sealed record Highlight(string Field, IReadOnlyList<string> Fragments);

/// <summary>A hit: the document id, its score, where it matched and why, in words a member can check.</summary>
public sealed record SearchHit(string Id, double Score, IReadOnlyList<Highlight> Highlights, IReadOnlyList<string> Reasons);

/// <summary>One value of a facet: its id, its label, and how many hits have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>
/// Facet counts as users of faceted search expect: each facet is counted with every filter applied except its
/// own, so choosing a region still shows how many hits the other regions have.
/// </summary>
public sealed record PeopleFacets(
    IReadOnlyList<FacetValue> Region, IReadOnlyList<FacetValue> Role, IReadOnlyList<FacetValue> OrganisationType, IReadOnlyList<FacetValue> Topic)
{
    public static PeopleFacets Empty { get; } = new([], [], [], []);
}

public sealed record PeopleSearchPage(IReadOnlyList<SearchHit> Hits, int TotalCount, PeopleFacets Facets);

public sealed record ResourceSearchPage(IReadOnlyList<SearchHit> Hits, int TotalCount, IReadOnlyList<FacetValue> TypeFacet, IReadOnlyList<FacetValue> TopicFacet);
