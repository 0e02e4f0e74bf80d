using System.Globalization;
using System.Text;

namespace Q.Core.Model;

/// <summary>
/// The key members are listed by: the name without accents, case or punctuation, so "Siobhán O'Neill" files
/// beside "Siobhan ONeill". Every engine stores the same key, so cursors mean the same everywhere.
/// </summary>
public static class SortKeys
{
    public static string For(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (char.IsWhiteSpace(ch) && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
