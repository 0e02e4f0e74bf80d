using System.Globalization;
using System.Text;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Makes text a client sent safe to put in a log line: line breaks and other control characters (and Unicode line
/// separators and bidi overrides, which can make one line read as two or reorder it) become visible escapes such as
/// <c>\r\n</c>, and the text is cut to a bounded length. Use it on every client-supplied value the server logs.
/// </summary>
public static class LogText
{
    public const int DefaultMaxLength = 200;

    public static string Clean(string? value, int maxLength = DefaultMaxLength)
    {
        if (value is null) return "(none)";
        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        foreach (var c in value)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }
            switch (c)
            {
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || IsLineOrBidiControl(c))
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool IsLineOrBidiControl(char c) =>
        c is '\u2028' or '\u2029' or '\u200e' or '\u200f' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';
}
