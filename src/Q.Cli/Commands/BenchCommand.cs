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
        command.Subcommands.Add(Metrics(console));
        command.Subcommands.Add(Suggestions(console));
        return command;
    }

    private static Command Suggestions(CliConsole console)
    {
        var sizes = new Option<int[]>("--members")
        {
            Description = "Community sizes to seed and measure.", DefaultValueFactory = _ => [5_000, 50_000], AllowMultipleArgumentsPerToken = true,
        };
        var sample = new Option<int>("--sample") { Description = "Seeded random members whose top 10 is timed one by one.", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Demo community seed (and the sample's).", DefaultValueFactory = _ => 1 };
        var dataDir = new Option<string?>("--data-dir")
        {
            Description = "Measure this data folder instead: reused as it is if it holds data, else seeded with the first --members size and kept. Its served model is left untouched.",
        };
        var command = new Command("suggestions", "Measure suggested connections: training, one member's top 10 and every member's top 20, on seeded communities.")
        {
            sizes, sample, seed, dataDir,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var report = new BenchReport(console.Out);
            await report.HeaderAsync();
            var dir = parse.GetValue(dataDir);
            var runs = dir is null ? parse.GetValue(sizes)! : parse.GetValue(sizes)!.Take(1).ToArray();
            foreach (var size in runs)
                await new SuggestionsBenchRun(size, parse.GetValue(seed), dir, Math.Max(1, parse.GetValue(sample)), report).RunAsync(ct);
            return 0;
        }));
        return command;
    }

    private static Command Metrics(CliConsole console)
    {
        var sizes = new Option<string[]>("--sizes")
        {
            Description = "Networks to measure, as members:ties.", DefaultValueFactory = _ => ["5000:50000", "50000:500000"], AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed") { Description = "Demo community seed.", DefaultValueFactory = _ => 1 };
        var python = new Option<string>("--python")
        {
            Description = "Python with python-igraph and NetworkX (Debian's python3-igraph and python3-networkx).", DefaultValueFactory = _ => "/usr/bin/python3",
        };
        var noPython = new Option<bool>("--no-python") { Description = "Time Q alone." };
        var networkxSources = new Option<int>("--networkx-sources")
        {
            Description = "Most sampled sources NetworkX runs for a sampled figure; its time is scaled up to the full sample (linear in sources).",
            DefaultValueFactory = _ => 1_000_000,
        };
        var cache = new Option<string?>("--python-cache")
        {
            Description = "Folder keeping the Python results; a result for an identical network, script and arguments is reused and marked as such.",
        };
        var command = new Command("metrics", "Measure the network report and betweenness against python-igraph and NetworkX on seeded networks.")
        {
            sizes, seed, python, noPython, networkxSources, cache,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var runs = parse.GetValue(sizes)!.Select(ParseSize).ToArray();
            var baselines = parse.GetValue(noPython) ? null : new PythonBaselines(parse.GetValue(python)!, parse.GetValue(cache));
            var about = "none (--no-python)";
            if (baselines is not null)
            {
                var (version, problem) = await baselines.ProbeAsync(ct);
                about = version is null ? $"none: {problem}; timing Q alone" : $"{parse.GetValue(python)} (Python {version})";
                if (version is null) baselines = null;
            }
            var report = new MetricsBenchReport(console.Out);
            await report.HeaderAsync(about);
            foreach (var (members, ties) in runs)
                await new MetricsBenchRun(members, ties, parse.GetValue(seed), baselines, Math.Max(1, parse.GetValue(networkxSources)), report).RunAsync(ct);
            return 0;
        }));
        return command;
    }

    private static (int Members, int Ties) ParseSize(string size)
    {
        var parts = size.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], out var members) && int.TryParse(parts[1], out var ties) && members >= 10 && ties >= 1)
            return (members, ties);
        throw new CliException($"--sizes takes members:ties with at least 10 members and 1 tie, e.g. 5000:50000; not '{size}'.");
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
