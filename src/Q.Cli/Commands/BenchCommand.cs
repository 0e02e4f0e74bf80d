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
        return command;
    }
}
