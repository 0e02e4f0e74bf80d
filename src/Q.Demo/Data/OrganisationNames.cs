using Q.Core.Model;

namespace Q.Demo.Data;

/// <summary>
/// Candidate organisation names for one region and type, in a fixed order, following each nation's real
/// naming: English foundation trusts and ICBs, Scottish "NHS Lothian" boards and partnerships, Welsh
/// university health boards, Northern Irish health and social care trusts. Types that exist in their
/// thousands (practices, charities, care homes) combine places with street or house names so even a
/// half-million-member community gets distinct names.
/// </summary>
internal static class OrganisationNames
{
    private static readonly string[] Streets =
    [
        "Park Road", "Church Street", "Victoria Road", "Castle Street", "Station Road", "Mill Lane", "High Street",
        "Queen Street", "King Street", "Bridge Street", "Albert Road", "Grange Road", "Oak Tree", "Riverside",
        "Beech Grove", "Meadowbank", "Hillside", "Westgate", "Eastgate", "Northgate", "Abbey", "Priory",
        "Market Square", "The Green", "Chapel Street", "Elm Tree", "Willow Bank", "Orchard", "Brook Lane",
        "Springfield", "Hawthorn", "Moorland", "Harbour", "Lakeside", "Cedar", "Ash Tree", "Woodlands",
        "Fairfield", "Bank Street", "Crown Street",
    ];

    private static readonly string[] PracticeSuffixes = ["Surgery", "Medical Practice", "Medical Centre", "Group Practice", "Family Practice"];

    private static readonly string[] HouseNames =
    [
        "Oakwood", "Beechwood", "Rosewood", "Highfield", "Ashdene", "Brambles", "Cherry Trees", "Heatherlea",
        "Larchfield", "Maple Lodge", "Primrose House", "The Laurels", "Willowbrook", "Hollybank", "Ivy House",
        "Elmhurst", "Fernlea", "Lavender Court", "Thornbury", "Birchgrove",
    ];

    private static readonly string[] Saints = ["Luke", "Catherine", "Barnabas", "Margaret", "Michael", "Columba", "Ann", "Richard", "Gemma", "Peter", "Clare", "David"];

    private static readonly string[] Firms =
    [
        "Improvement Partners", "Health Analytics", "Care Solutions", "Clinical Systems", "Flow Consulting",
        "Digital Health", "Healthcare Consulting", "Care Homes Group", "Medical Devices", "Homecare Services",
    ];

    public static IEnumerable<string> Candidates(RegionPlaces r, string nation, string regionName, OrganisationType type)
    {
        var p = r.Places;
        var a = r.Areas;
        return (type, nation) switch
        {
            (OrganisationType.AcuteProvider, "Scotland") => a.Select(x => $"NHS {x}").Append("NHS Golden Jubilee"),
            (OrganisationType.AcuteProvider, "Wales") =>
                a.Select(x => $"{x} University Health Board").Append("Powys Teaching Health Board").Append("Velindre University NHS Trust"),
            (OrganisationType.AcuteProvider, "Northern Ireland") => a.Select(x => $"{x} Health and Social Care Trust"),
            (OrganisationType.AcuteProvider, _) => p.Select((x, i) => (i % 4) switch
            {
                0 => $"{x} Teaching Hospitals NHS Trust",
                1 => $"{x} Hospitals NHS Foundation Trust",
                2 => $"{x} University Hospitals NHS Foundation Trust",
                _ => $"{x} and District NHS Foundation Trust",
            }),

            (OrganisationType.CommunityProvider, "England") =>
                a.Select(x => $"{x} Community Health Services NHS Trust").Concat(p.Select(x => $"{x} Community Healthcare CIC")),
            (OrganisationType.CommunityProvider, _) => p.Select(x => $"{x} Community Health Partnership"),

            (OrganisationType.MentalHealthProvider, "England") => a.Select((x, i) =>
                i % 2 == 0 ? $"{x} Mental Health NHS Foundation Trust" : $"{x} Partnership NHS Foundation Trust"),
            (OrganisationType.MentalHealthProvider, "Scotland") =>
                p.Select(x => $"{x} Community Mental Health Team").Prepend("The State Hospital"),
            (OrganisationType.MentalHealthProvider, _) => p.Select(x => $"{x} Community Mental Health Team"),

            (OrganisationType.AmbulanceTrust, _) => r.Ambulance is null ? [] : [r.Ambulance],

            (OrganisationType.IntegratedCareProvider, "Scotland") => p.Select(x => $"{x} Health and Social Care Partnership"),
            (OrganisationType.IntegratedCareProvider, "Wales") => a.Select(x => $"{x} Regional Partnership Board"),
            (OrganisationType.IntegratedCareProvider, "Northern Ireland") => p.Select(x => $"{x} Integrated Care Partnership"),
            (OrganisationType.IntegratedCareProvider, _) => p.Select((x, i) =>
                i % 2 == 0 ? $"{x} Health and Care Partnership" : $"{x} Integrated Care NHS Foundation Trust"),

            (OrganisationType.Commissioner, "Scotland") => p.Select(x => $"{x} Integration Joint Board"),
            (OrganisationType.Commissioner, "Wales") => ["NHS Wales Joint Commissioning Committee"],
            (OrganisationType.Commissioner, "Northern Ireland") =>
                a.Select(x => $"{x} Local Commissioning Group").Prepend("Strategic Planning and Performance Group"),
            (OrganisationType.Commissioner, _) => a.Select(x => $"NHS {x} Integrated Care Board"),

            (OrganisationType.NationalBody, "Scotland") => ["Public Health Scotland", "NHS Education for Scotland", "NHS 24"],
            (OrganisationType.NationalBody, "Wales") => ["Public Health Wales", "Health Education and Improvement Wales", "Digital Health and Care Wales"],
            (OrganisationType.NationalBody, "Northern Ireland") => ["HSC Public Health Agency", "Regulation and Quality Improvement Authority"],
            (OrganisationType.NationalBody, _) => [$"Health Innovation {regionName}", $"NHS England {regionName} Region"],

            (OrganisationType.LocalAuthority, "Northern Ireland") => p.Select(x => $"{x} Borough Council"),
            (OrganisationType.LocalAuthority, "England") when IsLondon(r.RegionId) => p.Select(x => $"London Borough of {x}"),
            (OrganisationType.LocalAuthority, _) => p.Select((x, i) => (i % 3) switch
            {
                0 => $"{x} City Council",
                1 => $"{x} Council",
                _ => $"{x} Borough Council",
            }),

            (OrganisationType.Academic, "England") =>
                r.Universities.Append($"NIHR Applied Research Collaboration {regionName}"),
            (OrganisationType.Academic, _) => r.Universities,

            (OrganisationType.ProfessionalBody, _) =>
                [$"Royal College of Nursing {regionName}", $"BMA {regionName} Regional Council", $"Royal College of GPs {regionName} Faculty"],

            (OrganisationType.PrimaryCare, _) => PrimaryCare(p, nation),
            (OrganisationType.ThirdSector, _) => ThirdSector(p),
            (OrganisationType.PrivateSector, _) => PrivateSector(p),
            (OrganisationType.PatientOrganisation, _) => PatientOrganisations(p, nation),
            _ => [],
        };
    }

    private static bool IsLondon(string regionId) =>
        regionId is "ucl-partners" or "imperial-college-health-partners" or "health-innovation-network";

    // Networks first, so small communities get the recognisable "... Primary Care Network" names.
    private static IEnumerable<string> PrimaryCare(string[] places, string nation)
    {
        foreach (var x in places)
            yield return nation switch
            {
                "England" => $"{x} Primary Care Network",
                "Northern Ireland" => $"{x} GP Federation",
                _ => $"{x} GP Cluster",
            };
        foreach (var x in places) yield return $"{x} Health Centre";
        for (var s = 0; s < Streets.Length; s++)
            for (var i = 0; i < places.Length; i++)
                foreach (var suffix in PracticeSuffixes)
                    yield return $"{Streets[(s + i * 7) % Streets.Length]} {suffix}, {places[i]}";
    }

    private static IEnumerable<string> ThirdSector(string[] places)
    {
        foreach (var x in places)
        {
            yield return $"{x} Mind";
            yield return $"Age UK {x}";
        }
        foreach (var x in places)
        {
            yield return $"{x} Carers Centre";
            yield return $"Citizens Advice {x}";
            yield return $"{x} Council for Voluntary Service";
            yield return $"{x} Foodbank";
            yield return $"{x} Young Carers";
        }
        foreach (var saint in Saints)
            foreach (var x in places)
                yield return $"St {saint}'s Hospice, {x}";
    }

    private static IEnumerable<string> PrivateSector(string[] places)
    {
        foreach (var x in places) yield return $"Nuffield Health {x} Hospital";
        for (var h = 0; h < HouseNames.Length; h++)
            for (var i = 0; i < places.Length; i++)
                yield return $"{HouseNames[(h + i * 3) % HouseNames.Length]} Care Home, {places[i]}";
        foreach (var firm in Firms)
            foreach (var x in places)
                yield return $"{x} {firm} Ltd";
    }

    private static IEnumerable<string> PatientOrganisations(string[] places, string nation)
    {
        if (nation == "England")
            foreach (var x in places) yield return $"Healthwatch {x}";
        foreach (var x in places)
        {
            yield return $"{x} Maternity Voices Partnership";
            yield return $"{x} Parent Carer Forum";
            yield return $"{x} Patient Voice Forum";
            yield return $"{x} Disability Forum";
        }
    }
}
