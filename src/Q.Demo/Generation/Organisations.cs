using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>What later stages need to know about an organisation without re-parsing its record.</summary>
internal sealed record OrgInfo(Organisation Record, OrganisationType Type, int Region, string ShortName, string Domain, string Place);

/// <summary>
/// Builds the organisations: the fixed national bodies, then each region's share (by population) of the
/// rest. Every region gets an acute provider, primary care and a university first, then the other types in a rotation
/// offset by region, so every type appears even in a small community; beyond that, types are drawn with
/// weights that favour the many small organisations (practices, charities, care homes) real life has.
/// </summary>
internal static class Organisations
{
    private static readonly OrganisationType[] Core = [OrganisationType.AcuteProvider, OrganisationType.PrimaryCare, OrganisationType.Academic];

    private static readonly OrganisationType[] Rotation =
    [
        OrganisationType.Commissioner, OrganisationType.LocalAuthority, OrganisationType.MentalHealthProvider,
        OrganisationType.CommunityProvider, OrganisationType.AmbulanceTrust,
        OrganisationType.IntegratedCareProvider, OrganisationType.ThirdSector, OrganisationType.PrivateSector,
        OrganisationType.PatientOrganisation, OrganisationType.NationalBody, OrganisationType.ProfessionalBody,
    ];

    // Relative numbers of further organisations once each region has one of everything.
    private static readonly (OrganisationType Type, double Weight)[] Overflow =
    [
        (OrganisationType.PrimaryCare, 38), (OrganisationType.ThirdSector, 14), (OrganisationType.PrivateSector, 16),
        (OrganisationType.PatientOrganisation, 7), (OrganisationType.LocalAuthority, 3), (OrganisationType.AcuteProvider, 4),
        (OrganisationType.CommunityProvider, 4), (OrganisationType.MentalHealthProvider, 2), (OrganisationType.IntegratedCareProvider, 4),
        (OrganisationType.Commissioner, 2), (OrganisationType.Academic, 2), (OrganisationType.NationalBody, 1),
        (OrganisationType.ProfessionalBody, 1), (OrganisationType.AmbulanceTrust, 0.5),
    ];

    private static readonly string[] Suffixes =
    [
        " NHS Foundation Trust", " NHS Trust", " Health and Social Care Trust", " University Health Board",
        " Teaching Health Board", " Integrated Care Board", " CIC", " Ltd",
    ];

    public static List<OrgInfo> Generate(int members, Rng rng)
    {
        var result = new List<OrgInfo>();
        var used = new HashSet<string>(StringComparer.Ordinal); // membership only: never iterated
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var regionIndex = Enumerable.Range(0, Region.All.Count).ToDictionary(i => Region.All[i].Id, StringComparer.Ordinal);

        foreach (var n in NationalOrganisations.All)
            Add(result, used, domains, n.Name, n.Type, regionIndex[n.RegionId]);

        var target = Math.Max(40, members / 18);
        var regional = Math.Max(3 * Region.All.Count, target - NationalOrganisations.All.Length);
        var totalPopulation = Region.All.Sum(r => r.Population);
        var overflowWeights = Overflow.Select(o => o.Weight).ToArray();

        for (var ri = 0; ri < Region.All.Count; ri++)
        {
            var region = Region.All[ri];
            var places = RegionPlaceTable.All.Single(p => p.RegionId == region.Id);
            var quota = Math.Max(3, (int)Math.Round((double)regional * region.Population / totalPopulation, MidpointRounding.AwayFromZero));
            var pending = new Dictionary<OrganisationType, IEnumerator<string>>(); // lookup only
            string? Next(OrganisationType t)
            {
                if (!pending.TryGetValue(t, out var e))
                    pending[t] = e = OrganisationNames.Candidates(places, region.Nation, region.Name, t).GetEnumerator();
                while (e.MoveNext())
                    if (!used.Contains(e.Current)) return e.Current;
                return null;
            }

            var made = 0;
            var fallbacks = 0;
            for (var k = 0; made < quota; k++)
            {
                var type = k < Core.Length ? Core[k]
                    : k < Core.Length + Rotation.Length ? Rotation[(k - Core.Length + ri) % Rotation.Length]
                    : Overflow[rng.Weighted(overflowWeights)].Type;
                var name = Next(type);
                if (name is null && k < Core.Length + Rotation.Length) continue; // this nation has none of that type
                if (name is null)
                {
                    // Every name of the drawn type is taken: numbered practices keep huge communities going.
                    type = OrganisationType.PrimaryCare;
                    name = Next(type) ?? $"{places.Places[fallbacks % places.Places.Length]} Practice {++fallbacks}";
                    if (used.Contains(name)) continue;
                }
                Add(result, used, domains, name, type, ri);
                made++;
            }
        }
        return result;
    }

    private static void Add(List<OrgInfo> result, HashSet<string> used, HashSet<string> domains, string name, OrganisationType type, int region)
    {
        used.Add(name);
        var record = new Organisation
        {
            Id = Text.Id("org-", result.Count + 1, 4),
            Name = name,
            Type = type,
            RegionId = Region.All[region].Id,
        };
        var shortName = ShortName(name);
        var domain = Domain(shortName);
        // Two organisations never share a mail domain: the second "Leeds Mind" style clash gets a number.
        for (var k = 2; !domains.Add(domain); k++) domain = Domain(shortName) + Text.Number(k);
        var places = RegionPlaceTable.All.First(p => p.RegionId == record.RegionId).Places;
        var place = places.FirstOrDefault(p => name.Contains(p, StringComparison.Ordinal)) ?? places[0];
        result.Add(new OrgInfo(record, type, region, shortName, domain + ".example", place));
    }

    /// <summary>"leeds-teaching-hospitals", or initials ("hssib") when the name is long, as real NHS domains are.</summary>
    private static string Domain(string shortName)
    {
        var slug = Text.Ascii(shortName, '-');
        if (slug.Length <= 32) return slug;
        var initials = slug.Split('-').Where(w => w is not ("and" or "of" or "the" or "for") && w.Length > 0).Select(w => w[0]);
        return string.Concat(initials);
    }

    private static string ShortName(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 3)
                return name[..^suffix.Length];
        return name;
    }
}
