using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>What later stages need to know about a member, kept as arrays-of-structs to stay compact at 500k.</summary>
internal sealed class MemberInfo
{
    public required Member Record;
    public int Index;
    public int Region;
    public int Org; // -1 for none
    public MemberRole Role;
    public int JoinedDay; // DateOnly.DayNumber
    public int[] Topics = [];
    /// <summary>Recent joiners who have not connected with anyone yet: no ties, no projects.</summary>
    public bool Dormant;
}

/// <summary>
/// Builds members: region by population, role by the Q mix, organisation by size and role fit (mostly in
/// their own region), topics by role, organisation type and regional priorities, then headline, bio,
/// email and visibility.
/// </summary>
internal sealed class Members(Topics topics, List<OrgInfo> orgs, Rng rng)
{
    private static readonly DateOnly FirstJoin = new(2015, 1, 1);
    private static readonly DateOnly LastJoin = new(2026, 6, 30);
    private static readonly DateOnly DormantFrom = new(2025, 7, 1);
    private static readonly string[] NoOrgDomains = ["mail.example", "inbox.example", "post.example"];
    private static readonly double[] CohortWeights = Affinities.JoinCohorts.Select(c => c.Weight).ToArray();
    private static readonly double[] TopicCounts = [0, 0, 20, 30, 25, 15, 10]; // P(2..6 topics)

    private readonly WeightedTable regionTable = new(Region.All.Select(r => (double)r.Population).ToArray());
    private readonly WeightedTable?[,] orgTables = new WeightedTable?[Region.All.Count, Affinities.Roles.Length];
    private readonly int[][] regionOrgs = Enumerable.Range(0, Region.All.Count)
        .Select(r => Enumerable.Range(0, orgs.Count).Where(o => orgs[o].Region == r).ToArray()).ToArray();
    private readonly WeightedTable?[] nationalTables = new WeightedTable?[Affinities.Roles.Length];
    private readonly Dictionary<(int, MemberRole, OrganisationType?), WeightedTable> topicTables = []; // lookup only
    private readonly Dictionary<string, int> emailCounts = new(StringComparer.Ordinal); // lookup only
    private readonly int[][] regionFlavour = RegionFlavours(topics, rng);

    public List<MemberInfo> Generate(int count)
    {
        var width = Math.Max(6, Text.Number(count).Length);
        var result = new List<MemberInfo>(count);
        var bios = new BioWriter(topics, rng);
        for (var i = 0; i < count; i++)
        {
            var region = regionTable.Sample(rng);
            var roleIndex = rng.Weighted(Affinities.RoleShare);
            var role = Affinities.Roles[roleIndex];
            var org = PickOrganisation(region, roleIndex, role);
            var info = org >= 0 ? orgs[org] : null;
            var joined = JoinedDay();
            var memberTopics = PickTopics(region, role, info?.Type);
            var levels = memberTopics.Select((t, k) => new MemberTopic(topics.Defs[t].Id, Level(role, k == 0))).ToArray();
            var (name, email) = NameAndEmail(region, info);
            var title = rng.Pick(JobTitles.For(role, info?.Type));
            var record = new Member
            {
                Id = Text.Id("m-", i + 1, width),
                Name = name,
                Role = role,
                OrganisationId = info?.Record.Id,
                RegionId = Region.All[region].Id,
                Headline = bios.Headline(title, info, region, memberTopics),
                Bio = bios.Bio(role, title, info, region, memberTopics, DateOnly.FromDayNumber(joined).Year),
                Email = email,
                Joined = DateOnly.FromDayNumber(joined),
                Topics = levels,
                Visibility = PickVisibility(),
            };
            result.Add(new MemberInfo
            {
                Record = record, Index = i, Region = region, Org = org, Role = role, JoinedDay = joined, Topics = memberTopics,
                Dormant = joined >= DormantFrom.DayNumber && rng.Chance(0.5),
            });
        }
        return result;
    }

    private int PickOrganisation(int region, int roleIndex, MemberRole role)
    {
        // Patient leaders are often unaffiliated; a few others are freelancers or between jobs.
        if (rng.Chance(role == MemberRole.PatientLeader ? 0.3 : 0.02)) return -1;
        if (rng.Chance(NationalShare(role)))
        {
            // Someone whose employer is a UK-wide body (first organisations are the national ones).
            var national = nationalTables[roleIndex] ??= new WeightedTable(
                NationalOrganisations.All.Select(n => Affinities.Size(n.Type) * Affinities.RoleFit(role, n.Type)).ToArray());
            return national.Sample(rng);
        }
        var table = orgTables[region, roleIndex] ??= new WeightedTable(
            regionOrgs[region].Select(o => Affinities.Size(orgs[o].Type) * Affinities.RoleFit(role, orgs[o].Type)).ToArray());
        var k = table.Sample(rng);
        return k < 0 ? -1 : regionOrgs[region][k];
    }

    /// <summary>How often each role works for a UK-wide body rather than a local organisation.</summary>
    private static double NationalShare(MemberRole role) => role switch
    {
        MemberRole.Frontline => 0.005,
        MemberRole.Policymaker => 0.35,
        MemberRole.Researcher => 0.04,
        MemberRole.PatientLeader or MemberRole.Other => 0.08,
        _ => 0.05,
    };

    private int JoinedDay()
    {
        var (year, _) = Affinities.JoinCohorts[rng.Weighted(CohortWeights)];
        var start = new DateOnly(year, 1, 1).DayNumber;
        var end = Math.Min(new DateOnly(year, 12, 31).DayNumber, LastJoin.DayNumber);
        return Math.Max(FirstJoin.DayNumber, start + rng.Next(end - start + 1));
    }

    private int[] PickTopics(int region, MemberRole role, OrganisationType? type)
    {
        if (!topicTables.TryGetValue((region, role, type), out var table))
        {
            var byOrg = Affinities.OrganisationTopics(type);
            var byRole = Affinities.RoleTopics(role);
            var weights = new double[topics.Count];
            for (var t = 0; t < topics.Count; t++)
            {
                var def = topics.Defs[t];
                var w = (double)def.Popularity;
                if (def.Broader is null) w *= 0.3; // few people describe themselves by a whole root
                if (Array.IndexOf(byOrg, def.Id) >= 0) w *= 5;
                if (Array.IndexOf(byRole, def.Id) >= 0) w *= 3;
                if (Array.IndexOf(regionFlavour[region], t) >= 0) w *= 2.5;
                weights[t] = w;
            }
            topicTables[(region, role, type)] = table = new WeightedTable(weights);
        }
        var count = rng.Weighted(TopicCounts);
        var picked = new List<int>(count);
        for (var attempt = 0; picked.Count < count && attempt < 60; attempt++)
        {
            var t = table.Sample(rng);
            if (!picked.Contains(t)) picked.Add(t);
        }
        return picked.ToArray();
    }

    private TopicLevel Level(MemberRole role, bool main)
    {
        var expert = (main ? 0.18 : 0.05) + (role == MemberRole.Researcher ? 0.12 : 0);
        var x = rng.Unit();
        return x < expert ? TopicLevel.Expert : x < expert + (main ? 0.5 : 0.33) ? TopicLevel.Practitioner : TopicLevel.Interest;
    }

    private (string Name, string Email) NameAndEmail(int region, OrgInfo? org)
    {
        var r = Region.All[region];
        var london = r.Id is "ucl-partners" or "imperial-college-health-partners" or "health-innovation-network";
        var weights = PersonNames.HeritageWeights(r.Nation, london);
        var pool = PersonNames.Pools[rng.Weighted(weights)];
        var familyPool = rng.Chance(0.06) ? PersonNames.Pools[rng.Weighted(weights)] : pool; // mixed families
        var given = rng.Pick(pool.Given);
        var family = rng.Pick(familyPool.Family);
        var local = Text.Ascii(given) + "." + Text.Ascii(family);
        var domain = org?.Domain ?? rng.Pick(NoOrgDomains);
        var email = local + "@" + domain;
        var seen = emailCounts.TryGetValue(email, out var n) ? n : 0;
        emailCounts[email] = seen + 1;
        if (seen > 0) email = local + Text.Number(seen + 1) + "@" + domain;
        return (given + " " + family, email);
    }

    private ProfileVisibility PickVisibility()
    {
        var x = rng.Unit();
        return x switch
        {
            < 0.80 => ProfileVisibility.Default,
            < 0.89 => ProfileVisibility.Default with { Email = Visibility.Members },
            < 0.95 => ProfileVisibility.Default with { Email = Visibility.Public },
            < 0.98 => ProfileVisibility.Default with { Bio = Visibility.Members },
            _ => ProfileVisibility.Default with { Email = Visibility.Members, Connections = Visibility.Members },
        };
    }

    /// <summary>Each region's current priorities (three service-area or safety topics), so regions differ.</summary>
    private static int[][] RegionFlavours(Topics topics, Rng rng)
    {
        var candidates = Enumerable.Range(0, topics.Count).Where(t => !topics.IsMethod[t]).ToArray();
        return Region.All.Select(_ =>
        {
            var set = new List<int>(3);
            while (set.Count < 3)
            {
                var t = rng.Pick(candidates);
                if (!set.Contains(t)) set.Add(t);
            }
            return set.ToArray();
        }).ToArray();
    }
}
