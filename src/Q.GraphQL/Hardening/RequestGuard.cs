using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Runs first in GraphQL.NET's execution pipeline: measures the document (<see cref="DocumentGate"/>) and refuses it
/// before it is validated, hands the parsed document on so it is parsed once, and sets the execution timeout (a
/// token linked to the request's, so the store calls see it).
/// </summary>
public sealed class RequestGuard(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    // Before GraphQL.NET's option configuration (100): nothing is worth doing for a document we refuse.
    public float SortOrder => 10;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var current = limits.Value;
        options.Timeout = current.Timeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        if (options.Document is null && options.Query is { } query)
        {
            if (DocumentGate.Check(query, current, out var document) is { } refused)
                return Task.FromResult(new ExecutionResult(refused)); // not executed: like a validation failure
            options.Document = document;
        }
        return next(options);
    }
}
