namespace Q.Core.Interchange;

public static class TopicNames
{
    /// <summary>"patient-safety" becomes "Patient safety": a readable name until the topic is declared.</summary>
    public static string FromId(string id)
    {
        var words = id.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
