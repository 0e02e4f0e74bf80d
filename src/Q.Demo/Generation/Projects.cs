using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>
/// Builds improvement projects: a lead, 1–3 of the lead's topics, and a team drawn mostly from the lead's
/// organisation, then region, then anyone sharing the topic. Project teams later become ties (source project).
/// </summary>
internal sealed class Projects(Topics topics, List<OrgInfo> orgs, List<MemberInfo> members, MemberIndex index, Rng rng)
{
    private static readonly DateOnly Cutoff = new(2026, 10, 31);
    private static readonly double[] TeamSizes = [0, 0, 18, 22, 20, 14, 10, 8, 8]; // P(2..8 members)

    public List<(Project Record, int[] Team)> Generate(int count)
    {
        var result = new List<(Project, int[])>(count);
        var active = members.Where(m => !m.Dormant).Select(m => m.Index).ToArray();
        if (active.Length < 2) return result;
        for (var p = 0; p < count; p++)
        {
            var lead = members[rng.Pick(active)];
            var projectTopics = lead.Topics.Take(rng.Next(1, Math.Min(3, lead.Topics.Length) + 1)).ToArray();
            var team = Team(lead, projectTopics[0], rng.Weighted(TeamSizes));
            var started = Math.Max(lead.JoinedDay - 400, new DateOnly(2015, 1, 1).DayNumber) + rng.Next(1, 900);
            started = Math.Min(started, Cutoff.DayNumber - 30);
            var (status, ended) = Status(started);
            var org = lead.Org >= 0 ? orgs[lead.Org] : null;
            result.Add((new Project
            {
                Id = Text.Id("p-", p + 1, 5),
                Title = Title(projectTopics, lead, org),
                Summary = Summary(projectTopics, org, status),
                Status = status,
                Started = DateOnly.FromDayNumber(started),
                Ended = ended is { } e ? DateOnly.FromDayNumber(e) : null,
                Topics = projectTopics.Select(t => topics.Defs[t].Id).ToArray(),
                Members = team.Select((m, k) => new ProjectMember(members[m].Record.Id, k == 0 ? ProjectRole.Lead : TeamRole(members[m]))).ToArray(),
            }, team.ToArray()));
        }
        return result;
    }

    private List<int> Team(MemberInfo lead, int topic, int size)
    {
        var team = new List<int>(size) { lead.Index };
        for (var attempt = 0; team.Count < size && attempt < size * 8; attempt++)
        {
            var x = rng.Unit();
            var candidate = x < 0.5 && lead.Org >= 0 ? index.RandomInOrg(lead.Org, rng)
                : x < 0.85 ? index.RandomInRegion(lead.Region, rng)
                : index.RandomWithTopic(topic, rng);
            if (candidate >= 0 && !members[candidate].Dormant && !team.Contains(candidate)) team.Add(candidate);
        }
        return team;
    }

    private ProjectRole TeamRole(MemberInfo m) => m.Role switch
    {
        MemberRole.Policymaker or MemberRole.Manager when rng.Chance(0.2) => ProjectRole.Sponsor,
        MemberRole.Researcher when rng.Chance(0.4) => ProjectRole.Adviser,
        _ => ProjectRole.Member,
    };

    private (ProjectStatus, int?) Status(int started)
    {
        var age = Cutoff.DayNumber - started;
        if (age < 120 && rng.Chance(0.5)) return (ProjectStatus.Planned, null);
        if (age > 500 && rng.Chance(0.8))
            return (ProjectStatus.Completed, Math.Min(started + rng.Next(120, 720), Cutoff.DayNumber));
        return rng.Chance(0.1) ? (ProjectStatus.Paused, null) : (ProjectStatus.Active, null);
    }

    private string Title(int[] projectTopics, MemberInfo lead, OrgInfo? org)
    {
        var what = projectTopics.FirstOrDefault(t => !topics.IsMethod[t], -1);
        var method = projectTopics.FirstOrDefault(t => topics.IsMethod[t], -1);
        var aim = what >= 0 ? topics.Defs[what].Aim! : rng.Pick(BioPhrases.GenericAims);
        var suffix = rng.Pick(BioPhrases.ProjectSuffixes);
        if (suffix.Contains("{method}", StringComparison.Ordinal) && method < 0) suffix = " across {region}";
        if (suffix.Contains("{org}", StringComparison.Ordinal) && org is null) suffix = " in {place}";
        return Text.Capitalise(aim) + Text.Fill(suffix,
            ("org", org?.ShortName ?? ""), ("region", Region.All[lead.Region].Name),
            ("place", org?.Place ?? RegionPlaceTable.All.First(p => p.RegionId == Region.All[lead.Region].Id).Places[0]),
            ("method", method >= 0 ? BioWriter.Lowered(topics.Defs[method].Name) : ""));
    }

    private string Summary(int[] projectTopics, OrgInfo? org, ProjectStatus status)
    {
        var first = topics.Defs[projectTopics[0]];
        var where = org is null ? "with partners across the region" : $"at {org.ShortName}";
        var parts = new List<string>
        {
            $"A project {where} focused on {rng.Pick(first.Phrases)}.",
        };
        if (projectTopics.Length > 1)
            parts.Add($"The team is drawing on {Text.List(projectTopics.Skip(1).Select(t => rng.Pick(topics.Defs[t].Phrases)).ToArray())}.");
        if (status == ProjectStatus.Completed) parts.Add("The work has finished and the learning is being shared with other teams.");
        else if (status == ProjectStatus.Planned) parts.Add("We are recruiting partners and agreeing measures before starting.");
        return string.Join(' ', parts);
    }
}
