using System.CommandLine;
using Q.Cli.Commands;

namespace Q.Cli;

public static class Cli
{
    /// <summary>Exit codes: 0 done; 1 done, but some input was rejected; 2 nothing done (bad arguments, unreadable input).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        var root = new RootCommand("Q: people, projects and connections of the Q improvement community.")
        {
            ServeCommand.Create(console),
            ImportCommand.Create(console),
            ExportCommand.Create(console),
            SeedCommand.Create(console),
            BenchCommand.Create(console),
            TokenCommand.Create(console),
            ReindexCommand.Create(console),
            MetricsCommand.Create(console),
            ExportNetworkCommand.Create(console),
            SuggestionsCommand.Create(console),
            JobsCommand.Create(console),
        };
        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, ct);
    }
}
