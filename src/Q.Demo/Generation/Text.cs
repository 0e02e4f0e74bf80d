using System.Globalization;
using System.Text;

namespace Q.Demo.Generation;

/// <summary>Small string helpers. Everything is culture-invariant so output is identical on every machine.</summary>
internal static class Text
{
    public static string Capitalise(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Lower(string s) =>
        s.Length > 1 && char.IsUpper(s[1]) ? s : char.ToLowerInvariant(s[0]) + s[1..]; // keep "GP", "PCN manager"

    /// <summary>"Siobhán O'Neill" → "siobhanoneill"-style ASCII: accents dropped, only letters and digits kept.</summary>
    public static string Ascii(string s, char separator = '\0')
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            var folded = ch switch { 'ł' => 'l', 'Ł' => 'L', 'ø' => 'o', 'đ' => 'd', _ => ch };
            if (CharUnicodeInfo.GetUnicodeCategory(folded) == UnicodeCategory.NonSpacingMark) continue;
            if (folded < 128 && char.IsLetterOrDigit(folded)) sb.Append(char.ToLowerInvariant(folded));
            else if (separator != '\0' && char.IsWhiteSpace(folded) && sb.Length > 0 && sb[^1] != separator) sb.Append(separator);
        }
        return sb.ToString().TrimEnd(separator == '\0' ? ' ' : separator);
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Decimal(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Id(string prefix, int n, int width) => prefix + n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>Joins "a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>Fills {name} placeholders; {Name} gives the value capitalised.</summary>
    public static string Fill(string template, params (string Key, string Value)[] values)
    {
        var sb = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            sb.Replace("{" + key + "}", value);
            sb.Replace("{" + Capitalise(key) + "}", Capitalise(value));
        }
        return sb.ToString();
    }
}
