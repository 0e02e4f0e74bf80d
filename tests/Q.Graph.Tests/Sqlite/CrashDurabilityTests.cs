using System.Diagnostics;
using Q.Core.Ports;
using Q.Graph.Sqlite;

namespace Q.Graph.Tests.Sqlite;

/// <summary>Acknowledged writes survive <c>kill -9</c>: a real process is killed mid-stream, not simulated.</summary>
public sealed class CrashDurabilityTests
{
    [Fact]
    public async Task Every_acknowledged_write_survives_SIGKILL_and_the_file_stays_consistent()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");
        var acked = new List<string>();
        using (var probe = StartProbe(db))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (acked.Count < 300 && await probe.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                if (line.StartsWith("ack ", StringComparison.Ordinal)) acked.Add(line[4..]);
            probe.Kill(entireProcessTree: true); // SIGKILL on Linux: no finally blocks, no flush, no checkpoint
            await probe.WaitForExitAsync(timeout.Token);
        }
        Assert.Equal(300, acked.Count);

        await using var store = new SqliteGraphStore(db);
        await store.InitialiseAsync();
        var present = await store.FindExistingAsync(RecordKind.Member, acked);
        Assert.Equal(acked.Count, present.Count);
        Assert.Equal("ok", SqliteEngineTests.Pragma(db, "integrity_check"));
        // Each unit of work wrote a member and a tie together: no tie without both of its members.
        var counts = await store.CountAsync();
        Assert.Equal(counts.Members - 1, counts.Connections);
    }

    private static Process StartProbe(string db)
    {
        var probeDll = Path.Combine(AppContext.BaseDirectory.Replace("Q.Graph.Tests", "Q.CrashProbe", StringComparison.Ordinal), "Q.CrashProbe.dll");
        Assert.True(File.Exists(probeDll), $"crash probe not built at {probeDll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(probeDll);
        start.ArgumentList.Add(db);
        return Process.Start(start)!;
    }
}
