using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Cli.Bench;

/// <summary>One query of the mix: the words typed and the filter chosen, if any.</summary>
internal sealed record MixQuery(string Text, MemberFilter Filter)
{
    /// <summary>The filter as GraphQL variables (null when none is set).</summary>
    public object? FilterVariables => Filter == MemberFilter.None
        ? null
        : new Dictionary<string, object?>
        {
            ["region"] = Filter.RegionId,
            ["role"] = Filter.Role is { } role ? RoleName(role) : null,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);

    private static string RoleName(MemberRole role) => role switch
    {
        MemberRole.PatientLeader => "PATIENT_LEADER",
        _ => role.ToString().ToUpperInvariant(),
    };
}

/// <summary>
/// A realistic mix of what people type into Q's search box: topic names, their synonyms and acronyms, one to three
/// words, some with a region or role filter, some misspelt, some the names of members of the generated community.
/// Fixed text, so every run and every size asks the same things (the names come from the seeded community).
/// </summary>
internal static class SearchQueryMix
{
    private static readonly (string Text, string? Region, MemberRole? Role)[] Fixed =
    [
        // Topic names and acronyms, one word.
        ("sepsis", null, null), ("PDSA", null, null), ("QI", null, null), ("lean", null, null), ("frailty", null, null),
        ("dementia", null, null), ("SPC", null, null), ("NEWS2", null, null), ("EBCD", null, null), ("maternity", null, null),
        ("A&E", null, null), ("GIRFT", null, null), ("coproduction", null, null), ("PROMs", null, null), ("diabetes", null, null),
        // Two and three words: names, synonyms, spelled-out acronyms, American spellings.
        ("patient safety", null, null), ("quality improvement", null, null), ("falls prevention", null, null),
        ("run charts", null, null), ("human factors", null, null), ("delayed discharge", null, null),
        ("statistical process control", null, null), ("pediatric asthma", null, null), ("postpartum hemorrhage", null, null),
        ("mental health crisis", null, null), ("virtual wards", null, null), ("psychological safety", null, null),
        ("staff wellbeing", null, null), ("health inequalities", null, null), ("value stream mapping", null, null),
        ("driver diagram", null, null), ("end of life care", null, null),
        // With a filter.
        ("sepsis", "wales", null), ("PDSA", "scotland", null), ("patient flow", "yorkshire-and-humber", null),
        ("co-design", null, MemberRole.PatientLeader), ("SPC", null, MemberRole.Manager), ("care homes", "west-midlands", MemberRole.Frontline),
        ("QI coaching", "greater-manchester", null), ("evaluation", null, MemberRole.Researcher),
        // Typos.
        ("sepsus", null, null), ("demntia", null, null), ("improvment science", null, null), ("leadrship", null, null),
        ("antimicrobial stewardsip", null, null),
    ];

    /// <summary>The fixed queries plus five member names from the community (full names and surnames).</summary>
    public static IReadOnlyList<MixQuery> For(IReadOnlyList<Member> members)
    {
        var queries = Fixed.Select(q => new MixQuery(q.Text, q.Region is null && q.Role is null ? MemberFilter.None : new MemberFilter(RegionId: q.Region, Role: q.Role))).ToList();
        var random = new Random(7);
        for (var i = 0; i < 5; i++)
        {
            var name = members[random.Next(members.Count)].Name;
            queries.Add(new MixQuery(i % 2 == 0 ? name : name.Split(' ')[^1], MemberFilter.None));
        }
        return queries;
    }
}
