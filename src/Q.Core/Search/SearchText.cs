using System.Globalization;
using System.Text;

namespace Q.Core.Search;

/// <summary>
/// How search reads text, shared by query understanding and the vocabulary (and available to engines, so indexed
/// text can be folded the same way): compatibility forms and diacritics of Latin letters folded ("Siobhán" →
/// "Siobhan", "ﬁ" → "fi"), apostrophes removed ("O'Neill" → "ONeill"), then words of letters and digits, with
/// "&amp;" kept inside a word ("A&amp;E") and hyphens joining the parts of a word ("Plan-Do-Study-Act"); every other
/// character separates words. Words are lower-cased and their spelling folded to British (<see cref="Spelling"/>).
/// </summary>
public static class SearchText
{
    /// <summary>The longest part of a word kept; longer runs of letters are cut (no real word is this long).</summary>
    public const int MaxPartLength = 64;

    /// <summary>
    /// Folds compatibility forms, Latin diacritics and ligatures, and removes apostrophes, keeping case and every
    /// other character (quotes included), so callers can still see phrases. Lone surrogates become spaces.
    /// </summary>
    public static string FoldCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = WithoutInvalidCodePoints(text);
        var decomposed = safe.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var lastBaseIsLatin = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark && lastBaseIsLatin) continue;
            if (category != UnicodeCategory.NonSpacingMark) lastBaseIsLatin = IsLatin(ch);
            if (IsApostrophe(ch) || ch is '\u200C' or '\u200D') continue;
            switch (ch)
            {
                case 'ß': sb.Append("ss"); break;
                case 'ẞ': sb.Append("SS"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'đ' or 'ð': sb.Append('d'); break;
                case 'Đ' or 'Ð': sb.Append('D'); break;
                case 'þ': sb.Append("th"); break;
                case 'Þ': sb.Append("Th"); break;
                case 'ı': sb.Append('i'); break;
                case 'ħ': sb.Append('h'); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a text as search matches them: folded, lower-case, British; hyphenated words split into their parts.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Tokens(FoldCharacters(text)).SelectMany(t => t.Parts).ToArray();

    /// <summary>The key two texts are compared by: <see cref="Words"/> joined by single spaces ("Plan-Do-Study-Act" → "plan do study act").</summary>
    public static string Key(string text) => string.Join(' ', Words(text));

    /// <summary>Splits already folded text (<see cref="FoldCharacters"/>) into words.</summary>
    internal static List<Token> Tokens(string folded)
    {
        var tokens = new List<Token>();
        var current = new StringBuilder();
        foreach (var ch in folded)
        {
            var c = WordChar(ch);
            if (c is { } w)
            {
                current.Append(w);
                continue;
            }
            Flush(current, tokens);
        }
        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<Token> tokens)
    {
        if (current.Length == 0) return;
        var raw = current.ToString();
        current.Clear();
        var rawParts = raw.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim('&'))
            .Where(p => p.Any(char.IsLetterOrDigit))
            .Select(p => p.Length > MaxPartLength ? p[..MaxPartLength] : p)
            .ToArray();
        if (rawParts.Length == 0) return;
        var lower = rawParts.Select(p => p.ToLowerInvariant()).ToArray();
        var british = lower.Select(Spelling.ToBritish).ToArray();
        tokens.Add(new Token(string.Join('-', rawParts), lower, british));
    }

    /// <summary>The character as part of a word ('-' for any hyphen, '&amp;' for any ampersand), or null for a separator.</summary>
    private static char? WordChar(char ch)
    {
        if (char.IsSurrogate(ch)) return null;
        if (char.IsLetterOrDigit(ch)) return ch;
        switch (CharUnicodeInfo.GetUnicodeCategory(ch))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return ch;
        }
        return ch switch
        {
            '-' or '\u2010' or '\u2011' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
            '&' or '\uFE60' or '\uFF06' => '&',
            _ => null,
        };
    }

    internal static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032' or '\uFF07';

    internal static bool IsQuote(char ch) => ch is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u301D' or '\u301E' or '\uFF02';

    private static bool IsLatin(char ch) => ch <= '\u024F' || ch is >= '\u1E00' and <= '\u1EFF';

    /// <summary>
    /// Replaces what Unicode normalisation rejects with spaces: unpaired surrogates (invalid UTF-16) and the
    /// noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF in every plane).
    /// </summary>
    internal static string WithoutInvalidCodePoints(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var pair = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var invalid = pair ? IsNoncharacter(char.ConvertToUtf32(ch, text[i + 1])) : char.IsSurrogate(ch) || IsNoncharacter(ch);
            if (!invalid)
            {
                if (sb is not null)
                {
                    sb.Append(ch);
                    if (pair) sb.Append(text[i + 1]);
                }
                if (pair) i++;
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            sb.Append(' ');
            if (pair) i++;
        }
        return sb?.ToString() ?? text;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}

/// <summary>
/// One word of a query or a vocabulary term: <paramref name="Raw"/> as written (folded, case kept, parts joined
/// by '-'), its parts lower-cased, and its parts in British spelling (what matching uses).
/// </summary>
internal sealed record Token(string Raw, string[] Lower, string[] Parts)
{
    /// <summary>The word as matched: British parts joined by '-'.</summary>
    public string Text => string.Join('-', Parts);

    public int Letters => Parts.Sum(p => p.Count(char.IsLetter));
}
