namespace Q.GraphQL.Errors;

/// <summary>Last touches to a message GraphQL.NET wrote about the client's own document before it is sent.</summary>
public static class ClientMessage
{
    /// <summary>Longer messages are cut: some quote the client's input (an operation name, a variable's value).</summary>
    public const int MaxLength = 300;

    private const string Suggestion = " Did you mean";

    /// <summary>
    /// Drops GraphQL.NET's "Did you mean …?" hints (they let a caller discover field, argument and type names without
    /// introspection) and cuts the message to <see cref="MaxLength"/>.
    /// </summary>
    public static string Clean(string message)
    {
        var hint = message.IndexOf(Suggestion, StringComparison.Ordinal);
        if (hint >= 0) message = message[..hint];
        return message.Length <= MaxLength ? message : message[..MaxLength] + "…";
    }
}
