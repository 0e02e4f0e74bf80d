using System.Text.RegularExpressions;

namespace Q.Graph.Tests.Security;

/// <summary>
/// Values reach SQL (and, with the Neo4j engine, Cypher) only as parameters. This scans every interpolated string
/// in the graph engines' source that looks like a statement and allows only holes that are our own constant
/// fragments (column lists, CTEs, conditions built from fixed text) — never a value. A new hole must be added
/// here on purpose, in review.
/// </summary>
public sealed partial class StatementScanTests
{
    private static readonly Regex AllowedHole = new(
        """^(Rows\.\w+Columns|TopicTree|pairs|with|where|visible|after|version|Allows\("\w+"\)|Rank\("\w+"\)|part"""
        // The Neo4j engine's fixed fragments: record projections, conditions, a label or series from its own table.
        + """|Projections\.\w+|Sequences\.\w+|TopicsVisible|ConnectionsVisible|AfterCursor|Filter|match|label|variable|projection|source|series)$""");

    [Fact]
    public void Statements_in_the_graph_engines_interpolate_only_constant_fragments()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src", "Q.Graph"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        var statements = 0;
        var offenders = new List<string>();
        foreach (var file in files)
        {
            foreach (Match literal in Interpolated().Matches(File.ReadAllText(file)))
            {
                var text = literal.Groups["body"].Value;
                if (!Statement().IsMatch(text)) continue;
                statements++;
                // In a $$"…" string a hole is {{…}} and a single brace is literal text (a Cypher map).
                foreach (Match hole in (literal.Groups["dollars"].Length == 2 ? DoubleHole() : Hole()).Matches(text))
                    if (!AllowedHole.IsMatch(hole.Groups["expr"].Value.Trim()))
                        offenders.Add($"{Path.GetFileName(file)}: {{{hole.Groups["expr"].Value}}}");
            }
        }
        Assert.True(statements >= 15, $"the scan found only {statements} statements: it is not looking where the SQL is");
        Assert.True(offenders.Count == 0, "values must be parameters, not interpolated: " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_scan_catches_a_value_in_a_double_dollar_string_and_lets_its_literal_braces_be()
    {
        const string code = """"var q = $$"""MATCH (m:Member {id: $id}) WHERE m.name = '{{name}}'""";"""";
        var match = Interpolated().Match(code);

        Assert.Equal("$$", match.Groups["dollars"].Value);
        var holes = DoubleHole().Matches(match.Groups["body"].Value).Select(h => h.Groups["expr"].Value).ToArray();
        Assert.Equal(["name"], holes);
        Assert.DoesNotMatch(AllowedHole, holes[0]);
    }

    [Fact]
    public void The_scan_catches_a_value_interpolated_into_a_statement()
    {
        const string code = """var sql = $"SELECT * FROM members WHERE name = '{name}'";""";
        var literal = Interpolated().Match(code).Groups["body"].Value;

        Assert.Matches(Statement(), literal);
        Assert.DoesNotMatch(AllowedHole, Hole().Match(literal).Groups["expr"].Value);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Q.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Q.sln not found above the test output");
    }

    [GeneratedRegex(""""(?<dollars>\$\$?)(?:"""(?<body>.*?)"""|"(?<body>(?:[^"\\\n]|\\.)*)")"""", RegexOptions.Singleline)]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH|MATCH|MERGE|CREATE)\b")]
    private static partial Regex Statement();

    [GeneratedRegex(@"(?<!\{)\{(?<expr>[^{}]+)\}(?!\})")]
    private static partial Regex Hole();

    [GeneratedRegex(@"(?<!\{)\{\{(?<expr>[^{}]+)\}\}(?!\})")]
    private static partial Regex DoubleHole();
}
