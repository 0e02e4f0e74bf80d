using System.Diagnostics;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Graph.Sqlite;
using Q.Search.Lucene;

namespace Q.Search.Tests;

/// <summary>kill -9 while the graph is written and the index catches up: afterwards nothing is lost or duplicated.</summary>
public sealed class IndexingCrashTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public async Task After_SIGKILL_a_restarted_indexer_brings_the_index_exactly_to_the_graph(int killAfterIndexAcks)
    {
        var dir = Directory.CreateTempSubdirectory("q-index-crash-").FullName;
        try
        {
            var acked = 0L;
            using (var probe = StartProbe(dir))
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
                var indexAcks = 0;
                while (indexAcks < killAfterIndexAcks && await probe.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                    if (line.StartsWith("ack-index ", StringComparison.Ordinal))
                    {
                        indexAcks++;
                        acked = long.Parse(line[10..]);
                    }
                // Let it get into the next write or catch-up, then kill it without warning.
                await Task.Delay(killAfterIndexAcks * 7);
                probe.Kill(entireProcessTree: true);
                await probe.WaitForExitAsync(timeout.Token);
            }

            await using var graph = SqliteGraphStore.InDirectory(dir);
            await graph.InitialiseAsync();
            await using var index = new LuceneSearchIndex(dir);
            await index.InitialiseAsync();
            Assert.True(await index.PositionAsync() >= acked, "an acknowledged index position was lost");

            await new SearchIndexer(graph, index).CatchUpAsync();

            var members = new HashSet<string>();
            await foreach (var m in graph.StreamMembersAsync()) members.Add(m.Id);
            var indexed = await index.VersionsAsync(SearchKind.Person);
            Assert.Equal(members.Order(), indexed.Keys.Order());
            Assert.Equal(await graph.OutboxPositionAsync(), await index.PositionAsync());
            Assert.Empty(await graph.ReadOutboxAsync(0, 10));
            var found = await index.SearchPeopleAsync(new PeopleQuery(QueryUnderstanding.Plan("sepsis", Vocabulary.BuiltIn), MemberFilter.None, 10, 0, Audience.Public));
            Assert.Equal(members.Count, found.TotalCount);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static Process StartProbe(string dir)
    {
        var probeDll = Path.Combine(AppContext.BaseDirectory.Replace("Q.Search.Tests", "Q.CrashProbe", StringComparison.Ordinal), "Q.CrashProbe.dll");
        Assert.True(File.Exists(probeDll), $"crash probe not built at {probeDll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(probeDll);
        start.ArgumentList.Add("index");
        start.ArgumentList.Add(dir);
        return Process.Start(start)!;
    }
}
