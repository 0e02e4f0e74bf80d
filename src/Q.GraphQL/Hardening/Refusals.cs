using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Q.GraphQL.Errors;
using Q.GraphQL.Http;

namespace Q.GraphQL.Hardening;

/// <summary>What the endpoint makes of a result the limits stopped: the code to log and the HTTP status to send.</summary>
public static class Refusals
{
    /// <summary>The code of the first limit or refusal in the result (QUERY_TOO_COMPLEX, FORBIDDEN, TIMEOUT …), or null.</summary>
    public static string? CodeOf(ExecutionResult result)
    {
        if (result.Errors is null) return null;
        foreach (var error in result.Errors)
        {
            if (error is TimeoutError) return ErrorCodes.Timeout;
            if (error is ICodedError && error.Code is { } code && code != ErrorCodes.BadUserInput) return code;
        }
        return null;
    }

    /// <summary>
    /// Under <c>application/graphql-response+json</c>: a timeout is 504 (our failure, no data), a document that never
    /// executed is 400 (a refused document included), else 200. Legacy <c>application/json</c> clients get 200 for
    /// every well-formed request, as the GraphQL-over-HTTP draft says.
    /// </summary>
    public static int Status(ExecutionResult result, string mediaType)
    {
        if (mediaType != MediaTypes.GraphQLResponse) return StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e is TimeoutError) == true) return StatusCodes.Status504GatewayTimeout;
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
