using Microsoft.Extensions.Options;
using Q.Core.Model;
using Q.Core.Search;
using Q.Jobs.Searches;
using Q.Jobs.Upkeep;

namespace Q.Jobs.Tests;

/// <summary>profile-freshness on a real graph and search log: who is reminded, the hints they get, and the log's retention.</summary>
public sealed class ProfileFreshnessUpkeepTests : DataFolder
{
    private static readonly DateTimeOffset TwoYearsAgo = DateTimeOffset.UtcNow.AddYears(-2);

    [Fact]
    public async Task Stale_profiles_that_can_be_emailed_get_one_reminder_with_hints_from_searches_that_found_few_people()
    {
        await using var store = await OpenStoreAsync();
        var sepsis = new Topic { Id = "sepsis", Name = "Sepsis screening", Synonyms = ["Sepsis"] };
        var falls = new Topic { Id = "falls", Name = "Falls prevention" };
        Member Stale(string id, string name, string? email, ProfileVisibility? v = null) =>
            new() { Id = id, Name = name, Email = email, Updated = TwoYearsAgo, Visibility = v ?? ProfileVisibility.Default, Topics = [new MemberTopic("falls", TopicLevel.Expert)] };
        await WriteAsync(store, topics: [sepsis, falls],
            members:
            [
                Stale("m-stale", "Ann <b>O'Neil</b>", "ann@example.invalid"),
                Stale("m-optout", "Olly Optout", "olly@example.invalid", ProfileVisibility.Default with { NotificationsOptOut = true }),
                Stale("m-noemail", "Nora Nomail", null),
                new Member { Id = "m-fresh", Name = "Fran Fresh", Email = "fran@example.invalid" }, // written now: fresh
            ],
            // Ann works on sepsis (her project says so) but her profile lists only falls.
            projects: [new Project { Id = "p-1", Title = "Sepsis bundle", Topics = ["sepsis"], Members = [new ProjectMember("m-stale", ProjectRole.Lead)] }]);

        var log = new SearchLog(Data);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++) log.Record("sepsis & screening", 1, now.AddDays(-i - 1));
        log.Record("Sepsis", 0, now.AddDays(-2));
        log.Record("falls prevention", 1, now.AddDays(-1));   // she lists falls already: no hint
        log.Record("sepsis screening", 25, now.AddDays(-1));  // found plenty: no unmet demand
        log.Record("sepsis", 0, now.AddDays(-45));           // outside the month
        log.Record("old search", 0, now.AddDays(-120));      // past retention
        var options = new JobsOptions();
        var (outbox, mailer) = Notifications.Create(Data, options);
        var upkeep = new ProfileFreshnessUpkeep(store, log, Vocabulary.BuiltIn, mailer, outbox, Options.Create(options), TimeProvider.System);

        var summary = await upkeep.RunAsync(CancellationToken.None);

        var message = Assert.Single(Notifications.Messages(outbox));
        Assert.Equal(("reminder", "m-stale", "ann@example.invalid"), (message.Kind, message.MemberId, message.To));
        Assert.Contains("\u201Csepsis & screening\u201D: searched 3 times, finding at most 1 person (your topic: Sepsis screening)", message.Text, StringComparison.Ordinal);
        Assert.Contains("\u201CSepsis\u201D: searched 1 time", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("falls prevention", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("searched 4 times", message.Text, StringComparison.Ordinal); // the 45-day-old search is out of the window
        // HTML: every piece of text escaped.
        Assert.Contains("Ann &lt;b&gt;O&#x27;Neil&lt;/b&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("sepsis &amp; screening", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", message.Html, StringComparison.Ordinal);
        Assert.Contains("1 stale profiles reminded (1 with hints", summary, StringComparison.Ordinal);

        // Retention: the 120-day-old search is gone, the rest stay.
        var kept = await log.SinceAsync(DateTimeOffset.MinValue);
        Assert.DoesNotContain(kept, s => s.Query == "old search");
        Assert.Equal(7, kept.Count);

        // Reminded once: the next run (e.g. a manual one) does not remind her again.
        await upkeep.RunAsync(CancellationToken.None);
        Assert.Single(Notifications.Messages(outbox));
    }

    [Fact]
    public async Task The_search_log_holds_no_one_s_identity_only_words_counts_and_times()
    {
        var log = new SearchLog(Data);
        log.Record("  quality improvement  ", 4, DateTimeOffset.UtcNow);
        log.Record("", 0, DateTimeOffset.UtcNow); // browsing everyone is not a search for something
        await log.FlushAsync();

        var entry = Assert.Single(await log.SinceAsync(DateTimeOffset.MinValue));
        Assert.Equal(("quality improvement", 4), (entry.Query, entry.Results));
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={log.Path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT group_concat(name) FROM pragma_table_info('searches')";
        Assert.Equal("id,at,query,results", (string?)await cmd.ExecuteScalarAsync());
    }
}
