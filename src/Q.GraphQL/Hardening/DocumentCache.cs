using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Keeps each document that parsed and passed validation, by its text, so a repeated query — an app sends the
/// same few with different variables — is not parsed, measured and checked against the specification's rules
/// again (a sixth of a cached search's time over HTTP). Those rules depend only on the document and the schema.
/// Q's own rules depend on the variables or the caller (cost, string lengths, introspection): they are added to
/// the rules after this runs (<c>AddValidationRule</c>, at sort order 100), so they still run on every request.
/// </summary>
public sealed class DocumentCache : IConfigureExecution
{
    /// <summary>Documents kept; past it the cache starts again, so a stream of distinct queries cannot grow it.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Longer documents are not kept: only small, repeated ones are worth it.</summary>
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // Before the request guard (10): a kept document was measured when it was first seen.
    public float SortOrder => 5;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query) return await next(options);
        if (_documents.TryGetValue(query, out var kept))
        {
            options.Document = kept;
            options.ValidationRules = []; // the specification's rules passed; Q's own add themselves after this
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            if (_documents.Count >= MaxEntries) _documents.Clear();
            _documents.TryAdd(query, document);
        }
        return result;
    }
}
