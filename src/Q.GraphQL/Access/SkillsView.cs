using Q.Core.Model;

namespace Q.GraphQL.Access;

/// <summary>One topic's place in an organisation's skills: counts (suppressed when small), and names for its employer.</summary>
public sealed record TopicSkill(string TopicId, int? Count, IReadOnlyList<LevelCount> Levels, bool Suppressed, IReadOnlyList<SkilledMember>? Members);

public sealed record LevelCount(TopicLevel Level, int? Count);

public sealed record SkilledMember(Member Member, TopicLevel Level);

/// <summary>
/// The employer view of an organisation's improvement skills. Counts are of members whose topics the viewer may
/// see; for anyone but a signed-in member a count below <see cref="SmallGroup"/> is suppressed, so a small team
/// cannot be singled out. Only the organisation's own employer account sees names, and only of members who said
/// it may.
/// </summary>
public static class SkillsView
{
    public const int SmallGroup = 5;

    public static IReadOnlyList<TopicSkill> Build(Viewer viewer, IReadOnlyList<SkillCount> counts, IReadOnlyList<Member>? namedMembers)
    {
        var suppress = !viewer.IsMember;
        int? Shown(int n) => suppress && n < SmallGroup ? null : n;
        var holders = namedMembers?
            .SelectMany(m => m.Topics.Select(t => (t.TopicId, Holder: new SkilledMember(m, t.Level))))
            .ToLookup(x => x.TopicId, x => x.Holder, StringComparer.Ordinal);
        var topics = counts.Select(c => c.TopicId).Concat(holders?.Select(g => g.Key) ?? []).Distinct(StringComparer.Ordinal);
        return topics
            .Select(topic =>
            {
                var levels = counts.Where(c => c.TopicId == topic).ToArray();
                var total = levels.Sum(l => l.Count);
                return new TopicSkill(
                    topic,
                    Shown(total),
                    Enum.GetValues<TopicLevel>().Select(level => new LevelCount(level, Shown(levels.Where(l => l.Level == level).Sum(l => l.Count)))).ToArray(),
                    suppress && total < SmallGroup,
                    holders is null ? null : holders[topic].OrderBy(h => SortKeys.For(h.Member.Name), StringComparer.Ordinal).ToArray());
            })
            .OrderByDescending(s => s.Count ?? -1).ThenBy(s => s.TopicId, StringComparer.Ordinal)
            .ToArray();
    }
}
