using GraphQL;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Access;

/// <summary>
/// Who may see connectivity figures, and how much of them. Evaluators and administrators may; an evaluator sees
/// members by pseudonym (unless the token grants names) and small groups suppressed; an administrator sees
/// everything by id and name. Every connectivity field builds its answer through <see cref="View"/>.
/// </summary>
public static class ConnectivityAccess
{
    /// <summary>Groups smaller than this are not shown to evaluators: a count of 1 to 4 people can point at someone.</summary>
    public const int MinimumGroup = 5;

    /// <summary>Evaluators and administrators; anonymous callers are UNAUTHENTICATED, other roles FORBIDDEN.</summary>
    public static void Require(IResolveFieldContext context)
    {
        var viewer = context.Viewer();
        if (viewer.IsAnonymous) throw AccessError.Unauthenticated();
        if (viewer.Role is not (AccessRole.Evaluator or AccessRole.Admin))
            throw AccessError.Forbidden("Only an evaluator or an administrator can see connectivity figures.");
    }

    /// <summary>The report as this viewer may see it; <paramref name="names"/> maps member ids to names (used only when the viewer may see names).</summary>
    public static ConnectivityView View(Viewer viewer, ConnectivityReport report, DateTimeOffset at, Pseudonyms pseudonyms, IReadOnlyDictionary<string, string> names) =>
        new(report, at, Suppress: !viewer.IsAdmin, Names: viewer.SeesMemberNames ? names : null, pseudonyms);

    /// <summary>Member ids whose names a view of this report may show (top betweenness and brokers), for loading names.</summary>
    public static IReadOnlyCollection<string> NamedMembers(ConnectivityReport report, int first) =>
        report.Brokers.Select(b => b.MemberId).Concat(ConnectivityView.TopBetweenness(report, first).Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
}

public sealed record DegreeCount(int Degree, int? Members);

public sealed record RegionCount(string Region, int? Members);

public sealed record RegionTieCount(string From, string To, int? Count);

public sealed record MixingView(string Attribute, bool Suppressed, double? Assortativity, double? EiIndex, int? InternalTies, int? ExternalTies);

public sealed record MemberScore(string Member, string? Name, double Score);

public sealed record BrokerView(string Member, string? Name, double? Betweenness, double? Constraint, int Degree);

/// <summary>
/// A connectivity report as one viewer may see it. With <see cref="Suppress"/> (evaluators): members appear by
/// pseudonym unless <see cref="Names"/> is given; a network of fewer than <see cref="ConnectivityAccess.MinimumGroup"/>
/// members shows its overall figures only (no breakdowns, no members); a region with fewer members has its member
/// count and every tie count touching it null; a tie count or a degree bucket under the minimum is null; and the mixing
/// of an attribute whose smallest group is under the minimum is null throughout (region mixing also in the top-level
/// region figures).
/// </summary>
public sealed record ConnectivityView(ConnectivityReport Report, DateTimeOffset At, bool Suppress, IReadOnlyDictionary<string, string>? Names, Pseudonyms Pseudonyms)
{
    /// <summary>How many members the betweenness list may show (snapshots keep 100).</summary>
    public const int MaxBetweenness = 100;

    private bool TooSmall => Suppress && Report.MemberCount < ConnectivityAccess.MinimumGroup;

    private bool Small(int count) => Suppress && count < ConnectivityAccess.MinimumGroup;

    public static double? Defined(double value) => double.IsFinite(value) ? value : null;

    /// <summary>True when something in this view was withheld from the viewer.</summary>
    public bool AnythingSuppressed =>
        TooSmall
        || DegreeDistribution().Any(d => d.Members is null)
        || RegionMembers().Any(r => r.Members is null)
        || RegionTies().Any(t => t.Count is null)
        || Mixing().Any(m => m.Suppressed);

    public string MemberId(string id) => Names is null ? Pseudonyms.Of(id) : id;

    public string? NameOf(string id) => Names is not null && Names.TryGetValue(id, out var name) ? name : null;

    public IReadOnlyList<DegreeCount> DegreeDistribution() => TooSmall ? [] :
        Report.DegreeDistribution.OrderBy(p => p.Key).Select(p => new DegreeCount(p.Key, Small(p.Value) ? null : p.Value)).ToList();

    public IReadOnlyList<RegionCount> RegionMembers() => TooSmall ? [] :
        Report.RegionMembers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new RegionCount(p.Key, Small(p.Value) ? null : p.Value)).ToList();

    public IReadOnlyList<RegionTieCount> RegionTies()
    {
        if (TooSmall) return [];
        bool SmallRegion(string region) => Small(Report.RegionMembers.GetValueOrDefault(region));
        return Report.RegionTies
            .OrderBy(t => t.From, StringComparer.Ordinal).ThenBy(t => t.To, StringComparer.Ordinal)
            .Select(t => new RegionTieCount(t.From, t.To, (t.Count > 0 && Small(t.Count)) || SmallRegion(t.From) || SmallRegion(t.To) ? null : t.Count))
            .ToList();
    }

    public IReadOnlyList<MixingView> Mixing() => Report.Mixing.OrderBy(p => Order(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => MixingSuppressed(p.Key)
            ? new MixingView(p.Key, true, null, null, null, null)
            : new MixingView(p.Key, false, Defined(p.Value.Assortativity), Defined(p.Value.EiIndex), p.Value.InternalTies, p.Value.ExternalTies))
        .ToList();

    public double? RegionAssortativity => MixingSuppressed("region") ? null : Defined(Report.RegionAssortativity);

    public double? RegionEiIndex => MixingSuppressed("region") ? null : Defined(Report.RegionEiIndex);

    public IReadOnlyList<BrokerView> Brokers() => TooSmall ? [] :
        Report.Brokers.Select(b => new BrokerView(MemberId(b.MemberId), NameOf(b.MemberId), Defined(b.Betweenness), Defined(b.Constraint), b.Degree)).ToList();

    public IReadOnlyList<MemberScore> Betweenness(int first) => TooSmall ? [] :
        TopBetweenness(Report, first).Select(p => new MemberScore(MemberId(p.Key), NameOf(p.Key), p.Value)).ToList();

    public static IEnumerable<KeyValuePair<string, double>> TopBetweenness(ConnectivityReport report, int first) =>
        report.Betweenness.Where(p => double.IsFinite(p.Value))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(Math.Clamp(first, 0, MaxBetweenness));

    private bool MixingSuppressed(string attribute)
    {
        if (!Suppress) return false;
        if (TooSmall) return true;
        // Unknown group sizes (a snapshot from before they were kept): withheld rather than guessed.
        if (Report.SmallestGroups is not { } smallest) return attribute != "region" || Report.RegionMembers.Values.Any(Small);
        return smallest.TryGetValue(attribute, out var size) && Small(size);
    }

    private static int Order(string attribute) => attribute switch
    {
        "region" => 0,
        "role" => 1,
        "organisation" => 2,
        "organisationType" => 3,
        _ => 4,
    };
}
