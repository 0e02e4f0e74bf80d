using System.Collections.Frozen;
using System.Text;

namespace Q.Core.Model;

/// <summary>
/// Converts enum values to and from the kebab-case names used on the wire (import files, SQLite columns,
/// Neo4j properties): <c>PatientLeader</c> is <c>patient-leader</c>. One table per enum, built once.
/// </summary>
public static class WireName<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => Kebab(v.ToString()), v => v, StringComparer.Ordinal);

    private static readonly FrozenDictionary<T, string> ByValue =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

    /// <summary>Every accepted name, in declaration order, for error messages and docs.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<T>().Select(v => Kebab(v.ToString())).ToArray();

    public static string Of(T value) => ByValue[value];

    public static bool TryParse(string? name, out T value) => ByName.TryGetValue(name ?? "", out value);

    public static T Parse(string name) =>
        TryParse(name, out var value) ? value : throw new FormatException($"'{name}' is not a known {typeof(T).Name}");

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
