using Q.Core.Model;

namespace Q.Graph.Analytics;

/// <summary>
/// One attribute of every member as category numbers, for mixing figures. A member with no value falls in the
/// category <see cref="Unknown"/>, which is one category like any other (for assortativity and the E-I index alike).
/// </summary>
public sealed class Categories
{
    public const string Unknown = "unknown";

    /// <summary>The attributes a report breaks mixing down by, with how each is read off a member.</summary>
    public static readonly IReadOnlyList<(string Name, Func<NetworkMember, string?> Value)> Attributes =
    [
        ("region", m => m.RegionId),
        ("role", m => WireName<MemberRole>.Of(m.Role)),
        ("organisation", m => m.OrganisationId),
        ("organisationType", m => m.OrganisationType is { } t ? WireName<OrganisationType>.Of(t) : null),
    ];

    private Categories(int[] of, IReadOnlyList<string> names)
    {
        Of = of;
        Names = names;
    }

    /// <summary>Node → category number.</summary>
    public int[] Of { get; }

    /// <summary>Category number → value.</summary>
    public IReadOnlyList<string> Names { get; }

    public static Categories Read(Network network, Func<NetworkMember, string?> value)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var of = new int[network.Count];
        for (var v = 0; v < network.Count; v++)
        {
            var name = value(network.Members[v]) ?? Unknown;
            if (!numbers.TryGetValue(name, out var c))
            {
                c = names.Count;
                numbers[name] = c;
                names.Add(name);
            }
            of[v] = c;
        }
        return new Categories(of, names);
    }
}
