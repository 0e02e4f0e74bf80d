using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.GraphQL.Access;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Types.Search;

/// <summary>
/// <c>searchPeople</c> and <c>searchResources</c>: the user's words become a <see cref="QueryPlan"/> (Q.Core, never
/// throws), the configured <see cref="ISearchIndex"/> matches it for the caller's audience, and the hits are joined
/// to the graph's current records through the request's loaders.
/// </summary>
public static class SearchFields
{
    public static void AddSearchFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PeopleSearchResultGraphType>>("searchPeople")
            .Description("Find people by what they work on, in your own words: words and \"quoted phrases\"; acronyms, synonyms, British or American spelling and small typos are understood. Best matches first, each with where and why it matched. Only parts of profiles you may see are matched, highlighted or counted.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for, as typed in a search box (empty: everyone, by name).")
            .Argument<MemberFilterInputGraphType>("filter", "Only people matching every filter given (topic: that exact topic).")
            .Argument<IntGraphType>("first", "How many hits: 20 when omitted, at most 100 (larger values are capped).")
            .Argument<StringGraphType>("after", "Continue after this hit's cursor.")
            .ResolveAsync(async c => await PeopleAsync(c));

        query.Field<NonNullGraphType<ResourceSearchResultGraphType>>("searchResources")
            .Description("Find case studies, tools, reports and projects by what they are about, read the same way as searchPeople.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for (empty: everything, newest first).")
            .Argument<ResourceFilterInputGraphType>("filter", "Only resources matching every filter given.")
            .Argument<IntGraphType>("first", "How many hits: 20 when omitted, at most 100 (larger values are capped).")
            .Argument<StringGraphType>("after", "Continue after this hit's cursor.")
            .ResolveAsync(async c => await ResourcesAsync(c));
    }

    private static async Task<object?> PeopleAsync(IResolveFieldContext c)
    {
        var (index, plan, first, offset) = Prepare(c);
        var viewer = c.Viewer();
        var filter = c.GetArgument<MemberFilter?>("filter") ?? MemberFilter.None;
        var page = await index.SearchPeopleAsync(new PeopleQuery(plan, filter, first, offset, viewer.Audience), c.CancellationToken);
        // Demand for profile-freshness hints: the words, the count and the time, never the caller (docs/jobs.md).
        // First pages only, so paging through one search counts it once.
        if (offset == 0) c.RequestServices?.GetService<ISearchLog>()?.Record(c.GetArgument<string>("query"), page.TotalCount, DateTimeOffset.UtcNow);
        var members = await c.Loaders().Members(page.Hits.Select(h => h.Id)).GetResultAsync(c.CancellationToken);
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var edges = new List<Hit<Member>>();
        for (var i = 0; i < page.Hits.Count; i++)
        {
            // A hit the graph no longer has (erased a moment ago, index not yet caught up) is left out.
            if (!byId.TryGetValue(page.Hits[i].Id, out var member)) continue;
            edges.Add(new Hit<Member>(SearchCursor.Encode(offset + i + 1), member, page.Hits[i]));
            AuditHighlights(c, member, page.Hits[i]);
        }
        return new PeopleResult(page.TotalCount, edges, offset + page.Hits.Count < page.TotalCount, offset > 0, page.Facets);
    }

    private static async Task<object?> ResourcesAsync(IResolveFieldContext c)
    {
        var (index, plan, first, offset) = Prepare(c);
        var filter = c.GetArgument<ResourceFilter?>("filter") ?? ResourceFilter.None;
        var page = await index.SearchResourcesAsync(new ResourceQuery(plan, filter, first, offset), c.CancellationToken);
        var loaders = c.Loaders();
        // Ask for every node before awaiting any, so resources and projects each load in one batch.
        var nodes = page.Hits.Select(h => SearchDocumentBuilder.IsProject(h.Id)
            ? (IDataLoaderResult)loaders.Project(h.Id[SearchDocumentBuilder.ProjectPrefix.Length..])
            : loaders.Resource(h.Id)).ToArray();
        var edges = new List<Hit<object>>();
        for (var i = 0; i < page.Hits.Count; i++)
            if (await nodes[i].GetResultAsync(c.CancellationToken) is { } node)
                edges.Add(new Hit<object>(SearchCursor.Encode(offset + i + 1), node, page.Hits[i]));
        return new ResourceResult(page.TotalCount, edges, offset + page.Hits.Count < page.TotalCount, offset > 0, page);
    }

    private static (ISearchIndex Index, QueryPlan Plan, int First, int Offset) Prepare(IResolveFieldContext c)
    {
        var services = c.RequestServices ?? throw new InvalidOperationException("request services missing");
        var index = services.GetService<ISearchIndex>() ?? throw new InvalidOperationException("no search index is configured");
        var vocabulary = services.GetRequiredService<Vocabulary>();
        var first = c.GetArgument<int?>("first") ?? 20;
        if (first < 0) throw new BadUserInputError("first", "Argument 'first' must not be negative.");
        var offset = 0;
        if (c.GetArgument<string?>("after") is { } after && !SearchCursor.TryDecode(after, out offset))
            throw new BadUserInputError("after", "Argument 'after' is not a cursor returned by this search.");
        return (index, QueryUnderstanding.Plan(c.GetArgument<string>("query"), vocabulary), Math.Min(first, 100), offset);
    }

    /// <summary>A highlight shows the text it matched: in a members-only part of someone else's profile, that is a read.</summary>
    private static void AuditHighlights(IResolveFieldContext c, Member member, SearchHit hit)
    {
        foreach (var highlight in hit.Highlights)
        {
            var field = highlight.Field switch
            {
                "bio" => ProfileField.Bio,
                "headline" => ProfileField.Headline,
                "topics" => ProfileField.Topics,
                _ => (ProfileField?)null,
            };
            if (field is { } f) ProfileAccess.CanSee(c, member, f);
        }
    }
}
