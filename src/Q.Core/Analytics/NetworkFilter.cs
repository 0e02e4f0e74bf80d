using Q.Core.Model;

namespace Q.Core.Analytics;

/// <summary>
/// Which part of the network to measure: members matching every attribute given (none: everyone), the ties among
/// them, and only ties formed by <see cref="AsOf"/> (and members who had joined by then) when it is set. A member
/// without a joined date counts as always there for <see cref="AsOf"/> but is outside any cohort
/// (<see cref="JoinedFrom"/>/<see cref="JoinedTo"/>); a tie without a date counts as formed before any as-of date.
/// docs/metrics.md ("The network measured") gives the rules in full.
/// </summary>
/// <param name="OrganisationType">The type of the member's organisation (members without one never match).</param>
/// <param name="TopicId">Members holding this topic at any level.</param>
/// <param name="JoinedFrom">Cohort: members who joined on or after this date (members with no date excluded).</param>
/// <param name="JoinedTo">Cohort: members who joined on or before this date (members with no date excluded).</param>
public sealed record NetworkFilter(
    string? RegionId = null,
    MemberRole? Role = null,
    string? OrganisationId = null,
    OrganisationType? OrganisationType = null,
    string? TopicId = null,
    DateOnly? JoinedFrom = null,
    DateOnly? JoinedTo = null,
    DateOnly? AsOf = null)
{
    public static NetworkFilter None { get; } = new();

    public bool IsNone => this == None;
}
