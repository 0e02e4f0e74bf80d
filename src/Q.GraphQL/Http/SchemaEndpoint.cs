using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Q.GraphQL.Http;

/// <summary>Serves the schema as SDL, printed once: the schema never changes while the process runs.</summary>
public sealed class SchemaEndpoint(ISchema schema)
{
    private readonly Lazy<string> _printed = new(() => Print(schema));

    /// <summary>The schema as committed to docs/schema.graphql.</summary>
    public static string Print(ISchema schema) => schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";

    public IResult Get() => Results.Text(_printed.Value, "text/plain; charset=utf-8");
}
