using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Q.GraphQL.Types.Search;

/// <summary>A position in a list of search hits: opaque to clients, an offset to us (hits have no stable key order).</summary>
public static class SearchCursor
{
    public const int MaxOffset = 10_000;

    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"hit:{offset}"));

    public static bool TryDecode(string? text, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 64) return false;
        try
        {
            var value = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return value.StartsWith("hit:", StringComparison.Ordinal)
                && int.TryParse(value.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
                && offset is >= 0 and <= MaxOffset;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
