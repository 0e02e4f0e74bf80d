using Quartz;

namespace Q.Jobs;

/// <summary>The five jobs: their names (as q jobs, GraphQL and the job store spell them), what they do, and their misfire policies.</summary>
public static class JobNames
{
    public const string Reindex = "reindex";
    public const string MetricsSnapshot = "metrics-snapshot";
    public const string SuggestionsTrain = "suggestions-train";
    public const string ProfileFreshness = "profile-freshness";
    public const string Digest = "digest";

    public static IReadOnlyList<string> All { get; } = [Reindex, MetricsSnapshot, SuggestionsTrain, ProfileFreshness, Digest];

    /// <summary>The configuration key of a job's settings: "metrics-snapshot" is Jobs:MetricsSnapshot.</summary>
    public static string Key(string job) =>
        $"{JobsOptions.Section}:{string.Concat(job.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]))}";

    public static string Describe(string job) => job switch
    {
        Reindex => "Rebuilds the search index from the graph and reports how far it had drifted.",
        MetricsSnapshot => "Keeps a connectivity snapshot of the whole network and of each region, for connectivityHistory.",
        SuggestionsTrain => "Retrains the suggestion model; keeps the served one unless the new one has better recall@10 (then AUC) on the same held-out ties.",
        ProfileFreshness => "Reminds members whose profile has not changed for Jobs:StaleAfterMonths (12) months, with hints from searches that found few people; trims the search log.",
        Digest => "Sends each member who has an email address and has not opted out a digest of what is new, with a few suggested connections.",
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "not a job"),
    };

    /// <summary>
    /// What a run missed while the server was down does. Maintenance catches up once (a late index rebuild, snapshot
    /// or model is better than none, and several missed ones are worth one run); mail waits for its next occurrence
    /// (nobody wants a digest at the hour the server happened to come back; the next one covers the gap).
    /// </summary>
    public static CronTriggerMisfireInstruction Misfire(string job) => job switch
    {
        Reindex or MetricsSnapshot or SuggestionsTrain => CronTriggerMisfireInstruction.FireAndProceed,
        ProfileFreshness or Digest => CronTriggerMisfireInstruction.DoNothing,
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "not a job"),
    };

    public static string DescribeMisfire(string job) => Misfire(job) == CronTriggerMisfireInstruction.FireAndProceed
        ? "fire once now: runs missed while the server was down are caught up with one run"
        : "do nothing: runs missed while the server was down are skipped; the next occurrence covers the gap";
}
