using Q.Core.Model;

namespace Q.Demo.Tests;

public class IntegrityTests
{
    private static readonly DemoCommunity C = Shared.Community;

    [Fact]
    public void Every_record_passes_validation()
    {
        foreach (var record in C.Records())
        {
            var problems = Validation.ValidateRecord(record);
            Assert.True(problems.Count == 0, $"{record}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void Ids_are_unique_within_each_kind_and_organisation_names_are_unique()
    {
        AssertUnique(C.Organisations.Select(o => o.Id));
        AssertUnique(C.Organisations.Select(o => o.Name));
        AssertUnique(C.Topics.Select(t => t.Id));
        AssertUnique(C.Members.Select(m => m.Id));
        AssertUnique(C.Projects.Select(p => p.Id));
        AssertUnique(C.Resources.Select(r => r.Id));
    }

    [Fact]
    public void Every_reference_resolves()
    {
        var orgs = C.Organisations.Select(o => o.Id).ToHashSet();
        var topics = C.Topics.Select(t => t.Id).ToHashSet();
        var members = C.Members.ToDictionary(m => m.Id);

        Assert.All(C.Topics.Where(t => t.BroaderId is not null), t => Assert.Contains(t.BroaderId!, topics));
        Assert.All(C.Members, m =>
        {
            if (m.OrganisationId is not null) Assert.Contains(m.OrganisationId, orgs);
            Assert.All(m.Topics, t => Assert.Contains(t.TopicId, topics));
        });
        Assert.All(C.Projects, p =>
        {
            Assert.All(p.Topics, t => Assert.Contains(t, topics));
            Assert.All(p.Members, pm => Assert.True(members.ContainsKey(pm.MemberId)));
        });
        Assert.All(C.Resources, r =>
        {
            Assert.All(r.Topics, t => Assert.Contains(t, topics));
            Assert.All(r.Authors, a => Assert.True(members.ContainsKey(a)));
        });
        Assert.All(C.Connections, t => Assert.True(members.ContainsKey(t.From) && members.ContainsKey(t.To)));
    }

    [Fact]
    public void Topic_hierarchy_is_shallow_and_acyclic_with_broader_topics_declared_first()
    {
        var byId = C.Topics.ToDictionary(t => t.Id);
        var position = C.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var topic in C.Topics)
        {
            var depth = 0;
            for (var t = topic; t.BroaderId is not null; t = byId[t.BroaderId])
            {
                Assert.True(position[t.BroaderId] < position[t.Id], $"{t.BroaderId} should precede {t.Id}");
                Assert.True(++depth <= 4, $"{topic.Id} is too deep or in a cycle");
            }
        }
        Assert.InRange(C.Topics.Count, 60, 90);
        Assert.InRange(C.Topics.Count(t => t.BroaderId is null), 3, 8);
    }

    [Fact]
    public void Projects_have_one_lead_and_two_to_eight_members()
    {
        Assert.All(C.Projects, p =>
        {
            Assert.InRange(p.Members.Count, 2, 8);
            Assert.Single(p.Members, m => m.Role == ProjectRole.Lead);
            Assert.InRange(p.Topics.Count, 1, 3);
            Assert.True(p.Started >= new DateOnly(2015, 1, 1) && p.Started <= new DateOnly(2026, 12, 31));
        });
    }

    [Fact]
    public void Resource_authors_hold_the_resources_topics()
    {
        var members = C.Members.ToDictionary(m => m.Id);
        Assert.All(C.Resources, r =>
        {
            Assert.InRange(r.Authors.Count, 1, 3);
            Assert.All(r.Authors, a => Assert.Contains(members[a].Topics, t => r.Topics.Contains(t.TopicId)));
            if (r.Url is not null) Assert.StartsWith("https://example.org/", r.Url, StringComparison.Ordinal);
        });
        Assert.True(C.Resources.Count(r => r.Type == ResourceType.CaseStudy) > C.Resources.Count / 3);
    }

    [Fact]
    public void Members_have_two_to_six_topics_and_join_between_2015_and_mid_2026()
    {
        Assert.All(C.Members, m =>
        {
            Assert.InRange(m.Topics.Count, 2, 6);
            Assert.InRange(m.Joined!.Value, new DateOnly(2015, 1, 1), new DateOnly(2026, 6, 30));
        });
        var experts = C.Members.SelectMany(m => m.Topics).Count(t => t.Level == TopicLevel.Expert);
        var interests = C.Members.SelectMany(m => m.Topics).Count(t => t.Level == TopicLevel.Interest);
        Assert.True(experts > 0 && experts < interests / 2, $"experts {experts}, interests {interests}");
    }

    private static void AssertUnique(IEnumerable<string> values)
    {
        var list = values.ToList();
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }
}
