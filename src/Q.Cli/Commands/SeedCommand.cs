using System.CommandLine;
using System.Diagnostics;
using Q.Graph;

namespace Q.Cli.Commands;

internal static class SeedCommand
{
    public static Command Create(CliConsole console)
    {
        var members = new Option<int>("--members") { Description = "How many members the demo community has.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same community.", DefaultValueFactory = _ => 1 };
        var dataDir = CommonOptions.DataDir();
        var backends = new BackendOptions();
        var command = new Command("seed", "Fill an empty data folder with a realistic, deterministic demo community.") { members, seed, dataDir };
        foreach (var setting in backends.GraphOnly) command.Options.Add(setting.Option);
        // Checks the token itself: a value that is not a number already has the parser's own error.
        members.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, out var n) && n is < 1 or > 2_000_000)
                r.AddError("--members must be between 1 and 2,000,000.");
        });
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, parse.GetValue(members), parse.GetValue(seed), parse.GetValue(dataDir)!, BackendOptions.Overrides(parse, backends.GraphOnly), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, int members, int seed, string dataDir,
        IReadOnlyDictionary<string, string?> backends, CancellationToken ct)
    {
        await using var store = await GraphStores.OpenAsync(BackendOptions.GraphOptions(BackendOptions.Configuration(backends), dataDir), ct);
        var existing = await store.CountAsync(ct);
        if (!DemoSeeder.IsEmpty(existing))
            throw new CliException($"'{dataDir}' already holds data ({existing.Members:N0} members, {existing.Organisations:N0} organisations, " +
                $"{existing.Topics:N0} topics); seed only into an empty --data-dir, so demo records never overwrite or mix with real ones.");
        var clock = Stopwatch.StartNew();
        using (var progress = new ProgressBar(console))
            await DemoSeeder.SeedAsync(store, members, seed, progress, ct);
        var counts = await store.CountAsync(ct);
        await console.Out.WriteLineAsync(
            $"Seeded a demo community (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s: {counts.Members:N0} members, " +
            $"{counts.Organisations:N0} organisations, {counts.Topics:N0} topics, {counts.Projects:N0} projects, " +
            $"{counts.Resources:N0} resources, {counts.Connections:N0} connections.");
        return 0;
    }
}
