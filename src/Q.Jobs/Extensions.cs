using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Jobs;
using Q.Core.Search;
using Q.Graph;
using Q.Jobs.History;
using Q.Jobs.Notifications;
using Q.Jobs.Scheduling;
using Q.Jobs.Searches;
using Q.Jobs.Upkeep;
using Quartz;

namespace Q.Jobs;

public static class Extensions
{
    /// <summary>The Quartz scheduler's name: also the key its rows carry in jobs.db, so it must never change.</summary>
    public const string SchedulerName = "Q";

    /// <summary>
    /// Registers the five upkeep jobs over their services, the run log, the outbox and mailer, the anonymous search log
    /// and Quartz with its persistent store in the data folder's jobs.db (options from the "Jobs" section, checked at
    /// start). Call after AddGraphStore, AddSearchIndex and AddSuggestions, whose services the jobs use.
    /// </summary>
    /// <param name="schedule">False for command-line tools: the services and the store, but no scheduler starting.</param>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder, bool schedule = true)
    {
        builder.Services.AddOptions<JobsOptions>()
            .BindConfiguration(JobsOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JobsOptions>, JobsValidation>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Quartz announces its own start in a dozen lines; each run is logged by JobRunner. Lowest priority, so
        // appsettings.json or Logging__LogLevel__Quartz can still turn it up.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Quartz"] = "Warning" },
        });

        // Everything lives beside the graph (GraphStore:DataDirectory, which q serve sets from --data-dir).
        var dataDirectory = builder.Configuration[$"{GraphStoreOptions.Section}:{nameof(GraphStoreOptions.DataDirectory)}"] is { Length: > 0 } d ? d : "data";
        var runs = new RunLog(dataDirectory);
        builder.Services.AddSingleton(runs);
        builder.Services.AddSingleton(new Outbox(dataDirectory));
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddSingleton<Core.Privacy.IErasureParticipant, OutboxErasure>();
        builder.Services.AddSingleton(new SearchLog(dataDirectory));
        builder.Services.AddSingleton<ISearchLog>(sp => sp.GetRequiredService<SearchLog>());
        builder.Services.AddHostedService<SearchLogFlusher>();
        builder.Services.AddSingleton<JobRunner>();

        builder.Services.AddKeyedSingleton<IUpkeep, ReindexUpkeep>(JobNames.Reindex);
        builder.Services.AddKeyedSingleton<IUpkeep, MetricsSnapshotUpkeep>(JobNames.MetricsSnapshot,
            (sp, _) => new MetricsSnapshotUpkeep(sp.GetRequiredService<Graph.Analytics.NetworkAnalytics>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddKeyedSingleton<IUpkeep, SuggestionsTrainUpkeep>(JobNames.SuggestionsTrain);
        builder.Services.AddKeyedSingleton<IUpkeep, ProfileFreshnessUpkeep>(JobNames.ProfileFreshness);
        builder.Services.AddKeyedSingleton<IUpkeep, DigestUpkeep>(JobNames.Digest);

        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = SchedulerName);
            // Read here rather than from IOptions: the store is configured as the container is built.
            var misfireThreshold = builder.Configuration.GetValue<TimeSpan?>($"{JobsOptions.Section}:{nameof(JobsOptions.MisfireThreshold)}") ?? new JobsOptions().MisfireThreshold;
            q.UsePersistentStore(s =>
            {
                s.UseSqlite(runs.ConnectionString);
                s.ProvisionSchema();
                s.ConfigureStore(o => o.MisfireThreshold = misfireThreshold);
            });
            q.AddJobType<ReindexJob>();
            q.AddJobType<MetricsSnapshotJob>();
            q.AddJobType<SuggestionsTrainJob>();
            q.AddJobType<ProfileFreshnessJob>();
            q.AddJobType<DigestJob>();
        });
        builder.Services.AddSingleton<IJobBoard, JobBoard>();
        if (schedule) builder.Services.AddHostedService<JobScheduler>();
        return builder;
    }
}
