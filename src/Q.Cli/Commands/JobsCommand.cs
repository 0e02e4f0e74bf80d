using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Q.Core.Jobs;
using Q.Core.Ports;
using Q.Graph;
using Q.Jobs;
using Q.Search;
using Q.Suggest;

namespace Q.Cli.Commands;

/// <summary>
/// <c>q jobs list | run NAME</c>: the scheduled upkeep jobs (docs/jobs.md) — their schedules, last and next runs — and
/// running one now, recorded in the same run history as the server's runs. Exit codes: 0 done; 1 the job ran and
/// failed (the error is recorded and printed); 2 nothing done (unknown job, no data, the index held by q serve).
/// </summary>
internal static class JobsCommand
{
    public static Command Create(CliConsole console) =>
        new("jobs", "Scheduled upkeep: list the jobs with their last and next runs, or run one now.") { List(console), Run(console) };

    private static Command List(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var command = new Command("list", "The jobs, their schedules (UTC), last run and outcome, and next run.") { dataDir };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            await using var host = await OpenAsync(parse.GetValue(dataDir)!, ct);
            var jobs = await host.Services.GetRequiredService<IJobBoard>().ListAsync(ct);
            await console.Out.WriteLineAsync($"{"job",-18} {"schedule (UTC)",-16} {"last run (UTC)",-19} {"outcome",-10} {"took",8}  {"next run (UTC)",-19}");
            foreach (var j in jobs)
            {
                await console.Out.WriteLineAsync(
                    $"{j.Name,-18} {j.Schedule ?? "(disabled)",-16} {Time(j.LastRun),-19} {Outcome(j.LastOutcome),-10} {Took(j.LastDuration),8}  {Time(j.NextRun),-19}");
                if (j.LastOutcome == JobOutcome.Failed) await console.Out.WriteLineAsync($"{"",19}{j.LastError}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Run(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = $"The job: {string.Join(", ", JobNames.All)}." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("run", "Run a job now, in this process, and record the run in the job history.") { name, dataDir };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var job = parse.GetValue(name)!;
            if (!JobNames.All.Contains(job)) throw new CliException(new UnknownJobException(job, JobNames.All).Message);
            var dir = parse.GetValue(dataDir)!;
            await using var host = await OpenAsync(dir, ct);
            if (job == JobNames.Reindex) await OpenIndexAsync(host, dir, ct);
            try
            {
                var summary = await host.Services.GetRequiredService<JobRunner>().RunAsync(job, "command", 0, ct);
                await console.Out.WriteLineAsync($"{job}: {summary}");
                return 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await console.Error.WriteLineAsync($"q: {job} failed (recorded in the job history): {e.Message}");
                return 1;
            }
        }));
        return command;
    }

    /// <summary>
    /// The services q serve runs jobs with, without starting them as a server would: the graph is opened, the search
    /// index only for reindex, and no scheduler fires.
    /// </summary>
    private static async Task<JobServices> OpenAsync(string dataDir, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(dataDir, Graph.Sqlite.SqliteGraphStore.FileName)))
            throw new CliException($"no Q data in '{dataDir}' (use --data-dir, or import or seed first)");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The sources q serve reads (appsettings.json in the working directory, then the environment), so both agree.
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{GraphStoreOptions.Section}:{nameof(GraphStoreOptions.DataDirectory)}"] = dataDir,
            [$"{SearchIndexOptions.Section}:{nameof(SearchIndexOptions.DataDirectory)}"] = dataDir,
        });
        builder.AddGraphStore();
        builder.AddSearchIndex();
        builder.AddSuggestions();
        builder.AddJobs(schedule: false);
        var services = new JobServices(builder.Build());
        try
        {
            // Reading the options runs their checks (a bad Jobs section fails here as at server start), then the graph opens.
            _ = services.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value;
            await services.Services.GetRequiredService<IGraphStore>().InitialiseAsync(ct);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>The host's services, disposed asynchronously (the graph store and index are async-disposable only).</summary>
    private sealed class JobServices(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public ValueTask DisposeAsync() => ((IAsyncDisposable)host).DisposeAsync();
    }

    private static async Task OpenIndexAsync(JobServices host, string dataDir, CancellationToken ct)
    {
        try
        {
            await host.Services.GetRequiredService<ISearchIndex>().InitialiseAsync(ct);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new CliException($"the search index in '{dataDir}' is open in another Q process (is q serve running?); use the admin mutation runJob(name: \"reindex\") there, or stop it first.");
        }
    }

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";

    private static string Outcome(JobOutcome? o) => o?.ToString().ToLowerInvariant() ?? "-";

    private static string Took(TimeSpan? d) => d is { } t ? t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-";
}
