using Microsoft.Extensions.Options;

namespace Q.Jobs.Tests;

/// <summary>The Jobs section is checked at start, and a mistake names its key.</summary>
public sealed class OptionsTests : DataFolder
{
    [Fact]
    public async Task A_bad_cron_expression_stops_the_start_with_an_error_naming_the_key()
    {
        using var host = JobHost.Build(Data, new Dictionary<string, string?> { ["Jobs:MetricsSnapshot:Cron"] = "every monday" });
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Jobs:MetricsSnapshot:Cron 'every monday' is not a valid Quartz cron expression", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid_and_every_job_has_a_schedule_and_a_misfire_policy()
    {
        Assert.Empty(JobsValidation.Problems(new JobsOptions()));
        Assert.All(JobNames.All, j => Assert.False(string.IsNullOrEmpty(JobNames.DescribeMisfire(j))));
        Assert.Equal("Jobs:ProfileFreshness", JobNames.Key(JobNames.ProfileFreshness));
    }
}
