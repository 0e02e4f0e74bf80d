using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Q.Core.Ports;
using Q.Graph.Sqlite;
using Q.GraphQL.Http;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>
/// The schema is a contract with clients: any change to it shows up as a diff of docs/schema.graphql in review.
/// Run with Q_UPDATE_SNAPSHOTS=1 to accept an intended change.
/// </summary>
public sealed class SchemaSnapshotTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private static string SnapshotPath => Path.Combine(RepoRoot(), "docs", "schema.graphql");

    [Fact]
    public void Printed_schema_matches_the_committed_snapshot()
    {
        var printed = PrintSchema();
        if (Environment.GetEnvironmentVariable("Q_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(SnapshotPath, printed);
            return;
        }
        var committed = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            $"The GraphQL schema differs from docs/schema.graphql. {FirstDifference(committed, printed)}\n" +
            "If the change is intended, run `Q_UPDATE_SNAPSHOTS=1 dotnet test tests/Q.GraphQL.Tests` and commit docs/schema.graphql.");
    }

    [Fact]
    public async Task Served_schema_is_the_committed_snapshot_as_plain_text()
    {
        using var response = await fixture.Server.GetAsync("/graphql/schema.graphql");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(PrintSchema(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var printed = PrintSchema();
        var lines = printed.Split('\n');
        var inSchemaBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("schema {")) inSchemaBlock = true;
            if (inSchemaBlock)
            {
                inSchemaBlock = line != "}";
                continue;
            }
            var isDeclaration = line.StartsWith("type ") || line.StartsWith("input ") || line.StartsWith("enum ") || line.StartsWith("scalar ")
                || (lines[i].StartsWith("  ") && !line.StartsWith('"') && line.Length > 0 && line != "}" && !lines[i].StartsWith("    "));
            if (!isDeclaration) continue;
            Assert.True(i > 0 && lines[i - 1].Trim().EndsWith('"'), $"no description above: {line}");
        }
    }

    private static string PrintSchema()
    {
        // Printing never touches the store; one that is never opened (so creates no file) is enough.
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IGraphStore>(_ => new SqliteGraphStore(Path.Combine(Path.GetTempPath(), "unused.db")));
        builder.Services.AddSingleton<Q.Core.Privacy.ProfileEditor>();
        builder.Services.AddSingleton<Q.Core.Privacy.MemberErasure>();
        builder.Services.AddSingleton<Q.Core.Privacy.PersonalDataExport>();
        builder.AddQGraphQL();
        using var host = builder.Build();
        return SchemaEndpoint.Print(host.Services.GetRequiredService<ISchema>());
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Q.sln"))) return dir.FullName;
        throw new InvalidOperationException("Q.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al) return $"First difference at line {i + 1}:\n- committed: {el}\n+ printed:   {al}";
        }
        return "";
    }
}
