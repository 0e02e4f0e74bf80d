using GraphQL.Types;
using Q.Core.Jobs;

namespace Q.GraphQL.Types.Jobs;

/// <summary>A scheduled upkeep job as administrators see it (docs/jobs.md).</summary>
public sealed class JobGraphType : ObjectGraphType<JobStatus>
{
    public JobGraphType()
    {
        Name = "Job";
        Description = "A scheduled upkeep job: its schedule, its last run and how it ended, and when it runs next. Runs of one job never overlap.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("reindex, metrics-snapshot, suggestions-train, profile-freshness or digest.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the job does.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("schedule").Description("Its Quartz cron expression (seconds first, UTC); null when it is disabled and runs only on demand.").Resolve(c => c.Source.Schedule);
        Field<NonNullGraphType<StringGraphType>>("misfirePolicy").Description("What happens to a run missed while the server was down.").Resolve(c => c.Source.MisfirePolicy);
        Field<DateTimeGraphType>("lastRun").Description("When the last run started (UTC); null if it never ran.").Resolve(c => c.Source.LastRun?.UtcDateTime);
        Field<JobOutcomeGraphType>("lastOutcome").Description("How the last run ended; null if it never ran.").Resolve(c => c.Source.LastOutcome);
        Field<FloatGraphType>("lastDuration").Description("How long the last run took, in seconds; null if it never ran.").Resolve(c => c.Source.LastDuration?.TotalSeconds);
        Field<StringGraphType>("lastSummary").Description("What the last run reported doing (counts), when it succeeded.").Resolve(c => c.Source.LastSummary);
        Field<StringGraphType>("lastError").Description("Why the last run failed, when it did.").Resolve(c => c.Source.LastError);
        Field<DateTimeGraphType>("nextRun").Description("When it runs next on schedule (UTC); null when it is not scheduled.").Resolve(c => c.Source.NextRun?.UtcDateTime);
        Field<NonNullGraphType<BooleanGraphType>>("running").Description("Whether a run is under way now.").Resolve(c => c.Source.Running);
    }
}
