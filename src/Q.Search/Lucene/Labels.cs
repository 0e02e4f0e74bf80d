namespace Q.Search.Lucene;

/// <summary>Readable labels for wire names: "patient-leader" → "Patient leader", "case-study" → "Case study".</summary>
internal static class Labels
{
    public static string Readable(string wireName)
    {
        if (wireName.Length == 0) return wireName;
        var words = wireName.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
