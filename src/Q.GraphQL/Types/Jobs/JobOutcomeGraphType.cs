using Q.Core.Jobs;

namespace Q.GraphQL.Types.Jobs;

/// <summary>How a job's run ended.</summary>
public sealed class JobOutcomeGraphType() : DescribedEnumGraphType<JobOutcome>("JobOutcome", "How a run of a scheduled job ended.",
    new Dictionary<JobOutcome, string>
    {
        [JobOutcome.Succeeded] = "It did its work (the summary says what).",
        [JobOutcome.Failed] = "It threw; the error is kept, and a scheduled run is retried if the job's policy says so.",
        [JobOutcome.Cancelled] = "The server stopped while it ran.",
    });
