using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Search;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Search;

/// <summary>A hit joined to the record it is about (a member, a resource or a project) and its cursor.</summary>
public sealed record Hit<T>(string Cursor, T Node, SearchHit Match);

public sealed record PeopleResult(int TotalCount, IReadOnlyList<Hit<Member>> Edges, bool HasNextPage, bool HasPreviousPage, PeopleFacets Facets);

public sealed record ResourceResult(int TotalCount, IReadOnlyList<Hit<object>> Edges, bool HasNextPage, bool HasPreviousPage, ResourceSearchPage Page);

/// <summary>A person found by a search, with why.</summary>
public sealed class PersonHitGraphType : ObjectGraphType<Hit<Member>>
{
    public PersonHitGraphType()
    {
        Name = "PersonHit";
        Description = "A member found by a search: the member, how well they match, where and why.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this hit.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<MemberGraphType>>("node").Description("The member (with the usual visibility rules).").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance: higher is better; comparable only within one search.").Resolve(c => c.Source.Match.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightGraphType>>>>("highlights")
            .Description("Where the member matched, only in parts of the profile you may see.").WithListSize(4).Resolve(c => c.Source.Match.Highlights);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Why they matched, in words you can check: `expert in Sepsis`, `matched \"PDSA\" through \"Plan-Do-Study-Act\" in bio`.")
            .WithListSize(4).Resolve(c => c.Source.Match.Reasons);
    }
}

public sealed class PeopleSearchResultGraphType : ObjectGraphType<PeopleResult>
{
    public PeopleSearchResultGraphType()
    {
        Name = "PeopleSearchResult";
        Description = "People matching a search, best first, with facets.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many members match (that you may see match).").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonHitGraphType>>>>("edges").Description("This page of hits.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether there are more hits.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.Edges.FirstOrDefault()?.Cursor, c.Source.Edges.LastOrDefault()?.Cursor));
        Field<NonNullGraphType<PeopleFacetsGraphType>>("facets").Description("Counts by region, role, organisation type and topic.").Resolve(c => c.Source.Facets);
    }
}
