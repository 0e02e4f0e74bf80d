using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
using Q.Graph;
using Q.Search;

namespace Q.Cli.Commands;

internal static class ServeCommand
{
    public const int DefaultDemoMembers = 2_000;

    public static Command Create(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen, semicolon-separated (default: $ASPNETCORE_URLS, else {ServerHost.DefaultUrls}).",
        };
        var seedDemo = new Option<string>("--seed-demo")
        {
            Description = $"On an empty store, seed a demo community of N members, or 'none'.",
            DefaultValueFactory = _ => DefaultDemoMembers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var backends = new BackendOptions();
        var command = new Command("serve", "Serve the GraphQL API (seeding a demo community into an empty store).") { dataDir, urls, seedDemo };
        foreach (var setting in backends.All) command.Options.Add(setting.Option);
        seedDemo.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && ParseSeed(token.Value) is null)
                r.AddError("--seed-demo must be a number of members (1 to 2,000,000) or 'none'.");
        });
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, parse.GetValue(dataDir)!, parse.GetValue(urls), ParseSeed(parse.GetValue(seedDemo))!.Value,
                BackendOptions.Overrides(parse, backends.All), ct)));
        return command;
    }

    /// <summary>0 means none; null means the value is not valid.</summary>
    private static int? ParseSeed(string? value) =>
        value == "none" ? 0 : int.TryParse(value, out var n) && n is >= 1 and <= 2_000_000 ? n : null;

    private static async Task<int> RunAsync(CliConsole console, string dataDir, string? urls, int seedMembers,
        IReadOnlyDictionary<string, string?> backends, CancellationToken ct)
    {
        await using var app = ServerHost.Build(dataDir, urls, settings: backends);
        var store = app.Services.GetRequiredService<IGraphStore>();
        var index = app.Services.GetRequiredService<ISearchIndex>();
        await BackendCheck.EnsureReachableAsync(BackendCheck.Servers(
            store, app.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value,
            index, app.Services.GetRequiredService<IOptions<SearchIndexOptions>>().Value), ct);
        await store.InitialiseAsync(ct);
        if (seedMembers > 0 && DemoSeeder.IsEmpty(await store.CountAsync(ct)))
        {
            await console.Out.WriteLineAsync($"The store in '{dataDir}' is empty: seeding a {seedMembers:N0}-member demo community (--seed-demo none to skip)…");
            var clock = Stopwatch.StartNew();
            using (var progress = new ProgressBar(console)) await DemoSeeder.SeedAsync(store, seedMembers, 1, progress, ct);
            await console.Out.WriteLineAsync($"Seeded in {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        await app.StartAsync(ct);
        await CaughtUpAsync(console, store, index, ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        foreach (var address in addresses)
            await console.Out.WriteLineAsync($"Q is serving GraphQL at {address}/graphql (schema: {address}/graphql/schema.graphql; data: {Path.GetFullPath(dataDir)})");
        await app.WaitForShutdownAsync(ct);
        return 0;
    }

    /// <summary>
    /// Waits (at most a minute) until the search index has applied every change the graph holds, so the first search
    /// after "serving" finds what was just seeded or imported; the indexer runs in the background from start.
    /// </summary>
    private static async Task CaughtUpAsync(CliConsole console, IGraphStore store, ISearchIndex index, CancellationToken ct)
    {
        var target = await store.OutboxPositionAsync(ct);
        if (await index.PositionAsync(ct) >= target) return;
        await console.Out.WriteLineAsync("Indexing for search…");
        var deadline = Stopwatch.StartNew();
        while (await index.PositionAsync(ct) < target && deadline.Elapsed < TimeSpan.FromMinutes(1))
            await Task.Delay(100, ct);
    }
}
