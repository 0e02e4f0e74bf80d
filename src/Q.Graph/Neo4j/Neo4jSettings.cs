namespace Q.Graph.Neo4j;

/// <summary>The checks on the Neo4j settings, shared by options validation at start and by <see cref="GraphStores.Create"/>.</summary>
internal static class Neo4jSettings
{
    /// <summary>What is wrong with the Neo4j settings when the engine is neo4j (or <paramref name="always"/>).</summary>
    public static IEnumerable<string> Problems(GraphStoreOptions options, bool always = false)
    {
        if (options.Engine != "neo4j" && !always) yield break;
        if (!Uri.TryCreate(options.Neo4jUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            yield return "GraphStore:Neo4jUrl must be an absolute http:// or https:// URL of the Neo4j server's HTTP port (e.g. http://localhost:7474) when GraphStore:Engine is 'neo4j'.";
        else if (url.UserInfo.Length > 0)
            // Credentials in the URL would end up in messages and logs; they have their own settings.
            yield return "GraphStore:Neo4jUrl must not contain credentials: set GraphStore:Neo4jUser and GraphStore:Neo4jPassword instead.";
        if (string.IsNullOrWhiteSpace(options.Neo4jDatabase))
            yield return "GraphStore:Neo4jDatabase must name a database when GraphStore:Engine is 'neo4j'.";
        if (options.Neo4jTimeoutSeconds is < 1 or > 3600)
            yield return "GraphStore:Neo4jTimeoutSeconds must be between 1 and 3600.";
    }
}
