using Microsoft.Extensions.Options;
using Q.Core.Model;
using Q.Jobs.History;
using Q.Jobs.Upkeep;
using Q.Suggest;

namespace Q.Jobs.Tests;

/// <summary>digest on a real graph: who gets one, what is in it, and what never is.</summary>
public sealed class DigestUpkeepTests : DataFolder
{
    [Fact]
    public async Task Readers_who_can_be_emailed_get_whats_new_in_html_and_text_and_nobody_elses_private_details()
    {
        await using var store = await OpenStoreAsync();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        var longAgo = new DateOnly(2020, 1, 1);
        await WriteAsync(store,
            organisations: [new Organisation { Id = "org-1", Name = "Leeds Teaching Hospitals", RegionId = "yorkshire-and-humber" }],
            topics: [new Topic { Id = "sepsis", Name = "Sepsis" }],
            members:
            [
                new Member { Id = "r-1", Name = "Rita Reader", Email = "rita@example.invalid", Joined = longAgo, RegionId = "london" },
                new Member { Id = "r-2", Name = "Otto Optout", Email = "otto@example.invalid", Joined = longAgo, Visibility = ProfileVisibility.Default with { NotificationsOptOut = true } },
                new Member { Id = "r-3", Name = "Nell Noemail", Joined = longAgo },
                new Member
                {
                    Id = "n-1", Name = "Newt <i>Newcomer</i>", Email = "newt.secret@example.invalid", Phone = "07700 900999",
                    Bio = "A private bio about zebrafish", Joined = yesterday, RegionId = "yorkshire-and-humber", OrganisationId = "org-1",
                    Topics = [new MemberTopic("sepsis", TopicLevel.Expert)],
                    Visibility = ProfileVisibility.Default with { Bio = Visibility.Private },
                },
            ],
            resources:
            [
                new Resource { Id = "cs-1", Title = "Sepsis <screening> & escalation", Type = ResourceType.CaseStudy, Published = yesterday, Topics = ["sepsis"], Authors = ["n-1"] },
                new Resource { Id = "cs-old", Title = "An old case study", Type = ResourceType.CaseStudy, Published = longAgo, Topics = ["sepsis"] },
            ]);
        var options = new JobsOptions();
        var (outbox, mailer) = Notifications.Create(Data, options);
        var upkeep = new DigestUpkeep(store, new Suggester(store, new ModelStore(Data)), new RunLog(Data), mailer, Options.Create(options), TimeProvider.System);

        var summary = await upkeep.RunAsync(CancellationToken.None);

        var messages = Notifications.Messages(outbox);
        Assert.Equal(["n-1", "r-1"], messages.Select(m => m.MemberId).Order(StringComparer.Ordinal));
        var rita = messages.Single(m => m.MemberId == "r-1");
        Assert.Equal("rita@example.invalid", rita.To);
        Assert.Contains("Yorkshire and Humber: Newt <i>Newcomer</i> (Leeds Teaching Hospitals)", rita.Text, StringComparison.Ordinal);
        Assert.Contains("Sepsis: Sepsis <screening> & escalation", rita.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("An old case study", rita.Text, StringComparison.Ordinal);
        Assert.Contains("Sepsis (2 new)", rita.Text, StringComparison.Ordinal); // a new member holding it and a new case study
        Assert.Contains("Leeds Teaching Hospitals (2 new)", rita.Text, StringComparison.Ordinal);
        Assert.Contains("Newt &lt;i&gt;Newcomer&lt;/i&gt;", rita.Html, StringComparison.Ordinal);
        Assert.Contains("Sepsis &lt;screening&gt; &amp; escalation", rita.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", rita.Html, StringComparison.Ordinal);
        foreach (var secret in new[] { "newt.secret@", "07700", "zebrafish", "otto@", "Otto", "Nell" })
        {
            Assert.DoesNotContain(secret, rita.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, rita.Html, StringComparison.Ordinal);
        }
        Assert.Contains("for 2 readers", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_reader_gets_their_own_suggested_connections_unless_they_left_suggestions()
    {
        await using var store = await OpenStoreAsync();
        var demo = Q.Demo.DemoCommunity.Generate(150, 3);
        var optedOut = demo.Members[0].Id;
        var members = demo.Members.Select(m => m.Id == optedOut ? m with { Visibility = m.Visibility with { SuggestionsOptOut = true } } : m).ToList();
        await WriteAsync(store, demo.Organisations, demo.Topics, members, demo.Projects, demo.Resources, demo.Connections);
        var options = new JobsOptions { DigestSuggestions = 2 };
        var (outbox, mailer) = Notifications.Create(Data, options);

        await new DigestUpkeep(store, new Suggester(store, new ModelStore(Data)), new RunLog(Data), mailer, Options.Create(options), TimeProvider.System)
            .RunAsync(CancellationToken.None);

        var messages = Notifications.Messages(outbox).ToDictionary(m => m.MemberId);
        var withSuggestions = messages.Values.Where(m => m.Text.Contains("People you might connect with", StringComparison.Ordinal)).ToList();
        Assert.True(withSuggestions.Count > messages.Count / 2, $"{withSuggestions.Count} of {messages.Count} digests suggest someone");
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        foreach (var m in withSuggestions.Take(20))
        {
            var section = m.Text[m.Text.IndexOf("People you might connect with", StringComparison.Ordinal)..];
            var items = section.Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
            Assert.InRange(items.Count, 1, 2);
            Assert.DoesNotContain(items, i => i.StartsWith($"  - {names[m.MemberId]}:", StringComparison.Ordinal)); // never yourself
        }
        if (messages.TryGetValue(optedOut, out var own))
            Assert.DoesNotContain("People you might connect with", own.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(withSuggestions, m => m.Text.Contains($"  - {names[optedOut]}:", StringComparison.Ordinal)); // suggested to no one
    }
}
