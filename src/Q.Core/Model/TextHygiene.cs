using System.Globalization;
using System.Text;

namespace Q.Core.Model;

/// <summary>
/// Cleans text on its way in, whatever the way (import, API): Unicode NFC, so "é" is one code point however it
/// was typed; no control characters; and no bidirectional overrides, which can make a name display as
/// something else ("Trojan Source"). Line breaks survive only in long text (bios, summaries, bodies).
/// </summary>
public static class TextHygiene
{
    public static string? Line(string? value) => Clean(value, keepLineBreaks: false);

    public static string? Paragraphs(string? value) => Clean(value, keepLineBreaks: true);

    private static string? Clean(string? value, bool keepLineBreaks)
    {
        if (value is null) return null;
        value = WithoutInvalidCodePoints(value);
        var normalised = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        StringBuilder? sb = null;
        for (var i = 0; i < normalised.Length; i++)
        {
            var ch = normalised[i];
            var keep = !IsUnsafe(ch) || (keepLineBreaks && ch is '\n');
            var replacement = !keepLineBreaks && ch is '\n' or '\r' or '\t' ? ' ' : (char?)null;
            if (keep && replacement is null)
            {
                sb?.Append(ch);
                continue;
            }
            sb ??= new StringBuilder(normalised, 0, i, normalised.Length);
            if (replacement is { } r) sb.Append(r);
        }
        var result = sb?.ToString() ?? normalised;
        return keepLineBreaks ? result.Replace("\r", "", StringComparison.Ordinal).Trim() : result.Trim();
    }

    /// <summary>Lone surrogates and the noncharacters U+FFFE/U+FFFF are not text (and make normalisation throw).</summary>
    private static string WithoutInvalidCodePoints(string value)
    {
        if (!value.Any(ch => char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(ch).Append(value[++i]);
                continue;
            }
            if (!char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF')) sb.Append(ch);
        }
        return sb.ToString();
    }

    private static bool IsUnsafe(char ch) =>
        char.IsControl(ch)
        || ch is >= '\u202A' and <= '\u202E' // LRE, RLE, PDF, LRO, RLO
        || ch is >= '\u2066' and <= '\u2069' // LRI, RLI, FSI, PDI
        || ch is '\u200E' or '\u200F' or '\u061C' // LRM, RLM, ALM
        || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format && ch is not ('\u200C' or '\u200D'); // ZWNJ and ZWJ shape real scripts and emoji
}
