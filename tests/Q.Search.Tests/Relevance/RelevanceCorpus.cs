using System.Text.Json;
using System.Text.Json.Serialization;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Search;
using Q.Demo;
using Q.Graph.Sqlite;
using Q.Search.Lucene;

namespace Q.Search.Tests.Relevance;

/// <summary>
/// The fixed corpus the judged queries run against, built through the real path: the seeded demo community
/// (<see cref="DemoMembers"/> members, seed <see cref="DemoSeed"/>) written to a real SQLite store, the
/// hand-written profiles of <c>Relevance/profiles.jsonl</c> imported on top with the importer, then every
/// document built by <see cref="SearchDocumentBuilder.AllAsync"/> and indexed by <see cref="LuceneSearchIndex"/>.
/// </summary>
public sealed class RelevanceCorpus : IAsyncLifetime
{
    public const int DemoMembers = 2_000;
    public const int DemoSeed = 1;

    private readonly string _root = Directory.CreateTempSubdirectory("q-relevance-").FullName;

    public SqliteGraphStore Store { get; private set; } = null!;
    public LuceneSearchIndex Index { get; private set; } = null!;
    public DemoCommunity Demo { get; private set; } = null!;
    public JudgedSet Judged { get; private set; } = null!;

    /// <summary>The hand-written members, as stored after the import.</summary>
    public IReadOnlyDictionary<string, Member> HandWritten { get; private set; } = null!;

    /// <summary>Every resource and project id in the store (projects with <see cref="SearchDocumentBuilder.ProjectPrefix"/>).</summary>
    public IReadOnlySet<string> DocumentIds { get; private set; } = null!;

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Relevance", name);

    public async Task InitializeAsync()
    {
        Judged = JudgedSet.Load(DataFile("judgements.json"));
        var data = Path.Combine(_root, "data");
        Store = SqliteGraphStore.InDirectory(data);
        await Store.InitialiseAsync();

        Demo = DemoCommunity.Generate(DemoMembers, DemoSeed);
        await Store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertOrganisationsAsync(Demo.Organisations.ToArray(), ct);
            await w.UpsertTopicsAsync(Demo.Topics.ToArray(), ct);
            await w.UpsertMembersAsync(Demo.Members.ToArray(), ct);
            await w.UpsertProjectsAsync(Demo.Projects.ToArray(), ct);
            await w.UpsertResourcesAsync(Demo.Resources.ToArray(), ct);
            return true;
        });

        using (var profiles = new StreamReader(DataFile("profiles.jsonl")))
        {
            var report = await new Importer(Store).ImportAsync(profiles, new ImportOptions(Strict: true));
            if (report.HasRejections || report.Warnings.Count > 0 || !report.Written)
                throw new InvalidOperationException("profiles.jsonl did not import cleanly: " +
                    string.Join("; ", report.Rejected.Concat(report.Warnings).Select(p => $"line {p.Line}: {p.Reason}")));
        }

        var handWrittenIds = File.ReadLines(DataFile("profiles.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("kind").GetString() == "member")
            .Select(e => e.GetProperty("id").GetString()!)
            .ToArray();
        HandWritten = await Store.GetMembersAsync(handWrittenIds);

        var documents = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var r in Store.StreamResourcesAsync()) documents.Add(r.Id);
        await foreach (var p in Store.StreamProjectsAsync()) documents.Add(SearchDocumentBuilder.ProjectPrefix + p.Id);
        DocumentIds = documents;

        Index = new LuceneSearchIndex(data);
        await Index.InitialiseAsync();
        await Index.RebuildAsync(new SearchDocumentBuilder(Store).AllAsync(1), 1);
    }

    public async Task DisposeAsync()
    {
        await Index.DisposeAsync();
        await Store.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The judged query set, <c>Relevance/judgements.json</c>.</summary>
public sealed record JudgedSet(string About, IReadOnlyList<JudgedQuery> Queries)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static JudgedSet Load(string path) =>
        JsonSerializer.Deserialize<JudgedSet>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} is empty");
}

/// <param name="Kind">"people" (default) or "resources".</param>
/// <param name="Audience">"public" (default) or "members".</param>
/// <param name="Judgements">Hand-written member (or resource) ids and their grades: 3 exactly right, 2 clearly relevant, 1 partly.</param>
/// <param name="Demo">Rules that judge demo members or demo resources where it is obvious.</param>
/// <param name="Forbidden">Ids that must not be found at all (members-only text searched by the public).</param>
/// <param name="Order">Ids that must all be found, in this order: a declared expert above a passing mention.</param>
/// <param name="MustFind">Ids that must be found at all, anywhere in the results: a narrower concept's expert for a broader query.</param>
/// <param name="KnownMiss">Why this query may score 0 (or far below the rest); null if it may not.</param>
public sealed record JudgedQuery(
    string Id, string Category, string Query, IReadOnlyDictionary<string, int> Judgements,
    string Kind = "people", string Audience = "public", JudgedFilter? Filter = null,
    IReadOnlyList<DemoRule>? Demo = null, IReadOnlyList<string>? Forbidden = null, IReadOnlyList<string>? Order = null, IReadOnlyList<string>? MustFind = null,
    string? Note = null, string? KnownMiss = null);

public sealed record JudgedFilter(string? Region = null, string? Role = null);

/// <summary>
/// A demo member who declares every one of <paramref name="Topics"/> at <paramref name="MinLevel"/> or above (topics
/// visible to the query's audience, member passing its filter), or a demo resource or project carrying every one of
/// them, gets <paramref name="Grade"/>; the highest grade of the rules that match wins. A rule with a
/// <paramref name="Name"/> instead grades the demo members whose names have all its words, accents and case aside.
/// </summary>
public sealed record DemoRule(int Grade, IReadOnlyList<string>? Topics = null, string? Name = null, string MinLevel = "practitioner");
