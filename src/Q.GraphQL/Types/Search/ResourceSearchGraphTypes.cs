using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Search;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Search;

/// <summary>The kinds of thing a resource search can find.</summary>
public sealed class ResourceKindGraphType : EnumerationGraphType
{
    public static readonly IReadOnlyDictionary<string, string> WireNames =
        Enum.GetValues<ResourceType>().ToDictionary(t => t.ToString(), t => WireName<ResourceType>.Of(t)).Append(new("Project", "project"))
            .ToDictionary(kv => kv.Key, kv => kv.Value);

    public ResourceKindGraphType()
    {
        Name = "ResourceKind";
        Description = "What a resource-search hit is: a kind of resource, or a project.";
        foreach (var (name, wire) in WireNames)
            Add(string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : char.ToUpperInvariant(ch).ToString())), wire, $"A {wire.Replace('-', ' ')}.");
    }
}

/// <summary>Filters for a resource search.</summary>
public sealed class ResourceFilterInputGraphType : InputObjectGraphType<ResourceFilter>
{
    public ResourceFilterInputGraphType()
    {
        Name = "ResourceFilter";
        Description = "Filters for a resource search; every filter given must hold.";
        Field<ResourceKindGraphType>("type").Description("Only this kind (e.g. CASE_STUDY or PROJECT).");
        Field<IdGraphType>("topic").Description("Only resources about this topic (exactly this topic id).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ResourceFilter(
        value.TryGetValue("type", out var type) ? type as string : null,
        value.TryGetValue("topic", out var topic) ? topic as string : null);
}

/// <summary>A resource or a project.</summary>
public sealed class SearchableResourceGraphType : UnionGraphType
{
    public SearchableResourceGraphType()
    {
        Name = "SearchableResource";
        Description = "What a resource search finds: a resource (case study, tool, report…) or a project.";
        Type<ResourceGraphType>();
        Type<ProjectGraphType>();
        ResolveType = value => value switch
        {
            Resource => new GraphQLTypeReference("Resource"),
            Project => new GraphQLTypeReference("Project"),
            _ => null,
        };
    }
}

/// <summary>A resource or project found by a search, with why.</summary>
public sealed class ResourceHitGraphType : ObjectGraphType<Hit<object>>
{
    public ResourceHitGraphType()
    {
        Name = "ResourceHit";
        Description = "A resource or project found by a search: what it is, how well it matches, where and why.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this hit.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchableResourceGraphType>>("node").Description("The resource or project.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance: higher is better; comparable only within one search.").Resolve(c => c.Source.Match.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightGraphType>>>>("highlights").Description("Where it matched.")
            .WithListSize(4).Resolve(c => c.Source.Match.Highlights);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why it matched, in words.")
            .WithListSize(4).Resolve(c => c.Source.Match.Reasons);
    }
}

public sealed class ResourceSearchResultGraphType : ObjectGraphType<ResourceResult>
{
    public ResourceSearchResultGraphType()
    {
        Name = "ResourceSearchResult";
        Description = "Resources and projects matching a search, best first, with facets.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceHitGraphType>>>>("edges").Description("This page of hits.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether there are more hits.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.Edges.FirstOrDefault()?.Cursor, c.Source.Edges.LastOrDefault()?.Cursor));
        Field<NonNullGraphType<ResourceFacetsGraphType>>("facets").Description("Counts by kind and topic.").Resolve(c => c.Source.Page);
    }
}
