using Q.Core.Ports;
using Q.Graph.Neo4j;
using Q.Graph.Tests.Contract;

namespace Q.Graph.Tests.Neo4j;

/// <summary>
/// A live Neo4j 5 server for the shared graph store contract, when <c>Q_TEST_NEO4J_URL</c> (the HTTP address, e.g.
/// http://localhost:7474) is set, with <c>Q_TEST_NEO4J_USER</c>, <c>Q_TEST_NEO4J_PASSWORD</c> and optionally
/// <c>Q_TEST_NEO4J_DATABASE</c> (default "neo4j"); otherwise every contract test is skipped with <see cref="SkipReason"/>.
/// <para>
/// WARNING: each test starts by deleting EVERY node and relationship in that database (in batches). Point it only at a
/// database that holds nothing you want to keep — a throwaway container, never a real community's graph.
/// </para>
/// </summary>
public sealed class Neo4jFixture : IGraphStoreFixture
{
    public const string UrlVariable = "Q_TEST_NEO4J_URL";
    public const string NotConfigured =
        "Q_TEST_NEO4J_URL is not set: no Neo4j server to test against (set it, with Q_TEST_NEO4J_USER and Q_TEST_NEO4J_PASSWORD, to run the contract on a throwaway database)";

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    public string? SkipReason => Variable(UrlVariable) is null ? NotConfigured : null;

    public async Task<IGraphStore> CreateEmptyAsync()
    {
        if (SkipReason is not null) throw new InvalidOperationException(SkipReason);
        var store = Neo4jGraphStore.Create(new GraphStoreOptions
        {
            Engine = "neo4j", Neo4jUrl = Variable(UrlVariable), Neo4jUser = Variable("Q_TEST_NEO4J_USER"),
            Neo4jPassword = Variable("Q_TEST_NEO4J_PASSWORD"), Neo4jDatabase = Variable("Q_TEST_NEO4J_DATABASE") ?? "neo4j",
        });
        await store.DeleteEverythingAsync();
        await store.InitialiseAsync();
        return store;
    }
}

/// <summary>The shared graph store contract against a live Neo4j (skipped with the reason when none is configured).</summary>
public sealed class Neo4jGraphStoreContractTests(Neo4jFixture fixture) : GraphStoreContract<Neo4jFixture>(fixture);
