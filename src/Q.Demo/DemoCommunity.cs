using Q.Core.Model;
using Q.Demo.Generation;

namespace Q.Demo;

/// <summary>
/// A synthetic but realistic Q community: organisations of every type named after real places, a topic
/// taxonomy with synonyms, members whose bios describe their topics in varied wording, projects, case
/// studies and a homophilous, clustered, heavy-tailed network of ties. See docs/demo-community.md.
/// </summary>
public sealed record DemoCommunity(
    IReadOnlyList<Organisation> Organisations, IReadOnlyList<Topic> Topics, IReadOnlyList<Member> Members,
    IReadOnlyList<Project> Projects, IReadOnlyList<Resource> Resources, IReadOnlyList<Connection> Connections)
{
    /// <summary>Ties per member, counted at both ends, that <see cref="Generate"/> aims for unless told otherwise.</summary>
    public const double DefaultAverageDegree = Generation.Connections.TargetAverageDegree;

    // Stage numbers give each stage its own random stream (see Rng); never renumber them.
    private const int OrganisationStage = 1, MemberStage = 2, ProjectStage = 3, ResourceStage = 4, ConnectionStage = 5;

    /// <summary>Deterministic for (members, seed, averageDegree): same inputs give identical output, on any machine.</summary>
    /// <param name="averageDegree">
    /// Ties per member, counted at both ends, the tie loop aims for (the default gives about five ties per member). Benches raise it
    /// to reach a tie count with the same mechanisms; with the default the output is unchanged.
    /// </param>
    public static DemoCommunity Generate(int members, int seed = 1, double averageDegree = DefaultAverageDegree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(averageDegree);

        var topics = new Generation.Topics();
        var orgs = Generation.Organisations.Generate(members, new Rng(seed, OrganisationStage));
        var people = new Generation.Members(topics, orgs, new Rng(seed, MemberStage)).Generate(members);
        var index = new MemberIndex(people, orgs.Count, Region.All.Count, topics.Count);
        var projects = new Generation.Projects(topics, orgs, people, index, new Rng(seed, ProjectStage))
            .Generate(Math.Max(1, members / 8));
        var resources = new Generation.Resources(topics, orgs, people, index, new Rng(seed, ResourceStage))
            .Generate(Math.Max(1, members / 10));
        var ties = new Generation.Connections(orgs, people, index, topics.Count, new Rng(seed, ConnectionStage), averageDegree)
            .Generate(projects);

        return new DemoCommunity(
            orgs.Select(o => o.Record).ToArray(), topics.Records, people.Select(m => m.Record).ToArray(),
            projects.Select(p => p.Record).ToArray(), resources, ties);
    }

    /// <summary>Every record in dependency order: organisations, topics, members, projects, resources, connections.</summary>
    public IEnumerable<object> Records() =>
        Organisations.Cast<object>().Concat(Topics).Concat(Members).Concat(Projects).Concat(Resources).Concat(Connections);
}
