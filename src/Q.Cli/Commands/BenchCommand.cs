using System.CommandLine;
using System.Diagnostics;
using Q.Cli.Bench;

namespace Q.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var sizes = new Option<int[]>("--members")
        {
            Description = "Community sizes to measure.", DefaultValueFactory = _ => [5_000, 50_000], AllowMultipleArgumentsPerToken = true,
        };
        var requests = new Option<int>("--requests") { Description = "Timed requests per query.", DefaultValueFactory = _ => 2_000 };
        var seed = new Option<int>("--seed") { Description = "Demo community seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Measure import throughput and GraphQL latency over loopback on seeded communities.")
        {
            sizes, requests, seed,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var report = new BenchReport(console.Out);
            await report.HeaderAsync();
            foreach (var size in parse.GetValue(sizes)!)
                await new BenchRun(size, parse.GetValue(seed), parse.GetValue(requests), report).RunAsync(ct);
            return 0;
        }));
        command.Subcommands.Add(Search(console));
        return command;
    }

    private static Command Search(CliConsole console)
    {
        var sizes = new Option<int[]>("--members")
        {
            Description = "Community sizes to measure.", DefaultValueFactory = _ => [5_000, 50_000, 500_000], AllowMultipleArgumentsPerToken = true,
        };
        var queries = new Option<int>("--queries") { Description = "Timed in-process searches per size and audience.", DefaultValueFactory = _ => 5_000 };
        var requests = new Option<int>("--requests") { Description = "Timed searchPeople requests over HTTP per size.", DefaultValueFactory = _ => 20_000 };
        var seconds = new Option<int>("--seconds") { Description = "Upper bound on the timed HTTP phase per size, in seconds.", DefaultValueFactory = _ => 60 };
        var connections = new Option<int>("--connections") { Description = "Concurrent HTTP connections.", DefaultValueFactory = _ => 32 };
        var seed = new Option<int>("--seed") { Description = "Demo community seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("search", "Measure search: index build rate, in-process query latency and searchPeople throughput over loopback on seeded communities.")
        {
            sizes, queries, requests, seconds, connections, seed,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var report = new BenchReport(console.Out);
            await report.HeaderAsync();
            foreach (var size in parse.GetValue(sizes)!)
                await new SearchBenchRun(size, parse.GetValue(seed), Math.Max(1, parse.GetValue(queries)), Math.Max(1, parse.GetValue(requests)),
                    Math.Clamp(parse.GetValue(connections), 1, 256), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(seconds))), report).RunAsync(ct);
            return 0;
        }));
        return command;
    }
}
