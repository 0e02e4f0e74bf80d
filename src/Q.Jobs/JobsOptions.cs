namespace Q.Jobs;

/// <summary>
/// Scheduled upkeep, bound from the "Jobs" section (docs/jobs.md, docs/configuration.md). Schedules are Quartz cron
/// expressions (seconds first, UTC); the files live in the graph store's data folder.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether <c>q serve</c> runs the scheduler. Off: nothing fires on schedule, but runJob and q jobs run still work.</summary>
    public bool Enabled { get; set; } = true;

    public JobSettings Reindex { get; set; } = new() { Cron = "0 0 3 * * ?", Retries = 2, RetryDelay = TimeSpan.FromMinutes(10) };

    public JobSettings MetricsSnapshot { get; set; } = new() { Cron = "0 30 3 ? * MON", Retries = 2, RetryDelay = TimeSpan.FromMinutes(10) };

    public JobSettings SuggestionsTrain { get; set; } = new() { Cron = "0 0 4 ? * SUN", Retries = 1, RetryDelay = TimeSpan.FromMinutes(30) };

    public JobSettings ProfileFreshness { get; set; } = new() { Cron = "0 0 9 1 * ?" };

    public JobSettings Digest { get; set; } = new() { Cron = "0 0 8 ? * MON" };

    /// <summary>A profile whose content has not changed for this many months is stale (the reminder says so).</summary>
    public int StaleAfterMonths { get; set; } = 12;

    /// <summary>A member reminded about a stale profile is not reminded again for this many days.</summary>
    public int RemindAgainAfterDays { get; set; } = 90;

    /// <summary>How far back searches count as demand for a reminder's hints.</summary>
    public int HintWindowDays { get; set; } = 30;

    /// <summary>A search that found at most this many people shows unmet demand.</summary>
    public int FewResults { get; set; } = 3;

    /// <summary>How long logged searches are kept; profile-freshness trims older ones.</summary>
    public int SearchLogRetentionDays { get; set; } = 90;

    /// <summary>Suggested connections per digest reader.</summary>
    public int DigestSuggestions { get; set; } = 3;

    /// <summary>Where members edit their profile, for links in reminders and digests (optional).</summary>
    public string? SiteUrl { get; set; }

    /// <summary>
    /// How late a firing may start before it counts as missed and its job's misfire policy decides (a shorter delay,
    /// e.g. a busy moment, just runs late).
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Optional: without a host, messages only go to the outbox.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Each job's settings by its name.</summary>
    public JobSettings For(string job) => job switch
    {
        JobNames.Reindex => Reindex,
        JobNames.MetricsSnapshot => MetricsSnapshot,
        JobNames.SuggestionsTrain => SuggestionsTrain,
        JobNames.ProfileFreshness => ProfileFreshness,
        JobNames.Digest => Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "not a job"),
    };
}

/// <summary>One job's schedule and retries.</summary>
public sealed class JobSettings
{
    /// <summary>Quartz cron: seconds minutes hours day-of-month month day-of-week [year], in UTC.</summary>
    public string Cron { get; set; } = "";

    /// <summary>Off: the job does not run on schedule (it still runs on demand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times a failed scheduled run is tried again (0: wait for the next occurrence).</summary>
    public int Retries { get; set; }

    /// <summary>The wait before each retry.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The mail server for reminders and digests. Untested against a live server (docs/jobs.md).</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? User { get; set; }

    /// <summary>Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. "Q &lt;q@example.org&gt;".</summary>
    public string From { get; set; } = "q@localhost";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
