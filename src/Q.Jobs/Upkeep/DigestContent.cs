using Q.Core.Model;

namespace Q.Jobs.Upkeep;

/// <summary>
/// What is new in the community since the last digest — the same for every reader, and built only from what every
/// member may see: names, organisations and regions (always public), resource and project titles, and counts of topics
/// that leave out members who keep their topics private.
/// </summary>
public sealed record DigestContent(
    DateTimeOffset Since,
    IReadOnlyList<(string Region, IReadOnlyList<string> Members)> NewMembersByRegion,
    IReadOnlyList<(string Topic, IReadOnlyList<string> Titles)> NewCaseStudiesByTopic,
    IReadOnlyList<(string Topic, int Activity)> ActiveTopics,
    IReadOnlyList<(string Organisation, int Activity)> ActiveOrganisations)
{
    public bool IsEmpty => NewMembersByRegion.Count == 0 && NewCaseStudiesByTopic.Count == 0 && ActiveTopics.Count == 0 && ActiveOrganisations.Count == 0;

    public const int Top = 5;
    public const int PerGroup = 10;

    public static DigestContent Build(DateTimeOffset since, IReadOnlyList<Member> members, IReadOnlyList<Resource> resources,
        IReadOnlyList<Project> projects, IReadOnlyDictionary<string, Topic> topics, IReadOnlyDictionary<string, Organisation> organisations)
    {
        var from = DateOnly.FromDateTime(since.UtcDateTime);
        string TopicName(string id) => topics.TryGetValue(id, out var t) ? t.Name : id;
        string? OrgName(string? id) => id is not null && organisations.TryGetValue(id, out var o) ? o.Name : null;

        var joined = members.Where(m => m.Joined >= from).ToList();
        var byRegion = joined.GroupBy(m => Region.Find(m.RegionId)?.Name ?? "No region")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.OrderBy(m => m.Name, StringComparer.Ordinal).Take(PerGroup)
                .Select(m => OrgName(m.OrganisationId) is { } org ? $"{m.Name} ({org})" : m.Name).ToList()))
            .ToList();

        var published = resources.Where(r => r.Published >= from).ToList();
        var caseStudies = published.Where(r => r.Type == ResourceType.CaseStudy)
            .SelectMany(r => r.Topics.Select(t => (Topic: TopicName(t), r.Title)))
            .GroupBy(x => x.Topic, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Top)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(x => x.Title).Distinct(StringComparer.Ordinal).Take(PerGroup).ToList()))
            .ToList();

        var started = projects.Where(p => p.Started >= from).ToList();
        // Topics: new members holding them (unless they keep topics private), new resources and new projects about them.
        var topicActivity = joined.Where(m => m.Visibility.Topics != Visibility.Private).SelectMany(m => m.Topics.Select(t => t.TopicId))
            .Concat(published.SelectMany(r => r.Topics)).Concat(started.SelectMany(p => p.Topics))
            .GroupBy(t => t, StringComparer.Ordinal).Select(g => (TopicName(g.Key), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).Take(Top).ToList();

        // Organisations: members who joined, and resources their members wrote.
        var orgOf = members.Where(m => m.OrganisationId is not null).ToDictionary(m => m.Id, m => m.OrganisationId!, StringComparer.Ordinal);
        var orgActivity = joined.Select(m => m.OrganisationId).OfType<string>()
            .Concat(published.SelectMany(r => r.Authors.Select(a => orgOf.GetValueOrDefault(a)).OfType<string>().Distinct(StringComparer.Ordinal)))
            .GroupBy(o => o, StringComparer.Ordinal).Select(g => (OrgName(g.Key) ?? g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).Take(Top).ToList();

        return new DigestContent(since, byRegion, caseStudies, topicActivity, orgActivity);
    }
}
