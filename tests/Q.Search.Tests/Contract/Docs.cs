using Q.Core.Model;
using Q.Core.Search;

namespace Q.Search.Tests.Contract;

/// <summary>Hand-made documents and plans for the contract suite.</summary>
public static class Docs
{
    public static PersonDocument Person(
        string id, string name, long version = 1, string? bio = null, Visibility bioVisibility = Visibility.Public,
        string? headline = null, string? region = null, MemberRole role = MemberRole.Other,
        IReadOnlyList<DocumentTopic>? topics = null, Visibility topicsVisibility = Visibility.Public,
        string? organisationId = null, string? organisationName = null, OrganisationType? organisationType = null,
        IReadOnlyList<string>? projects = null) => new()
    {
        Id = id,
        Name = name,
        Version = version,
        Role = role,
        RegionId = region,
        OrganisationId = organisationId,
        OrganisationName = organisationName,
        OrganisationType = organisationType,
        Headline = headline is null ? null : new Restricted<string>(headline, Visibility.Public),
        Bio = bio is null ? null : new Restricted<string>(bio, bioVisibility),
        Topics = topics is null ? null : new Restricted<IReadOnlyList<DocumentTopic>>(topics, topicsVisibility),
        Projects = projects ?? [],
    };

    public static DocumentTopic Topic(string id, string name, TopicLevel level, params string[] synonyms) => new(id, name, level, synonyms);

    public static ResourceDocument Resource(string id, string title, string type, string? body = null, long version = 1, params DocumentTopic[] topics) => new()
    {
        Id = id,
        Title = title,
        Type = type,
        Body = body,
        Topics = topics,
        Version = version,
    };

    public static UpsertPerson Up(PersonDocument document) => new(document);

    public static UpsertResource Up(ResourceDocument document) => new(document);

    /// <summary>One clause per argument: several words make a phrase; words of five letters or more allow typos.</summary>
    public static QueryPlan Plan(params string[] clauses) =>
        new(string.Join(' ', clauses), clauses.Select(c => new QueryClause(c, c.Contains(' '), !c.Contains(' ') && c.Length >= 5, [])).ToArray());

    public static QueryPlan Plan(params QueryClause[] clauses) => new(string.Join(' ', clauses.Select(c => c.Text)), clauses);

    /// <summary>Operations as the asynchronous stream a rebuild reads, yielding between them as a real reader would.</summary>
    public static async IAsyncEnumerable<IndexOperation> Stream(params IndexOperation[] operations)
    {
        foreach (var op in operations)
        {
            await Task.Yield();
            yield return op;
        }
    }
}
