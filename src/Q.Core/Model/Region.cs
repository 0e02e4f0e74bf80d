using System.Collections.Frozen;

namespace Q.Core.Model;

/// <summary>One of Q's 18 fixed regions: the three devolved nations and England's 15 AHSN areas.</summary>
/// <param name="Population">Approximate population in thousands; the demo community weights regions by it.</param>
public sealed record Region(string Id, string Name, string Nation, int Population)
{
    public static IReadOnlyList<Region> All { get; } =
    [
        new("scotland", "Scotland", "Scotland", 5_450),
        new("wales", "Wales", "Wales", 3_130),
        new("northern-ireland", "Northern Ireland", "Northern Ireland", 1_910),
        new("north-east-and-north-cumbria", "North East and North Cumbria", "England", 3_100),
        new("north-west-coast", "North West Coast", "England", 4_200),
        new("greater-manchester", "Greater Manchester", "England", 2_870),
        new("yorkshire-and-humber", "Yorkshire and Humber", "England", 5_480),
        new("east-midlands", "East Midlands", "England", 4_880),
        new("west-midlands", "West Midlands", "England", 5_950),
        new("eastern", "Eastern", "England", 4_400),
        new("ucl-partners", "UCLPartners", "England", 6_000),
        new("imperial-college-health-partners", "Imperial College Health Partners", "England", 2_800),
        new("health-innovation-network", "Health Innovation Network (South London)", "England", 3_200),
        new("kent-surrey-sussex", "Kent Surrey Sussex", "England", 4_900),
        new("oxford", "Oxford", "England", 3_300),
        new("wessex", "Wessex", "England", 2_800),
        new("west-of-england", "West of England", "England", 2_500),
        new("south-west", "South West", "England", 2_300),
    ];

    private static readonly FrozenDictionary<string, Region> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public static Region? Find(string? id) => id is not null && ById.TryGetValue(id, out var r) ? r : null;
}
