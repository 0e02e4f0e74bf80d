using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Q.GraphQL.Errors;

/// <summary>
/// An error that already knows what the client sees: its message is safe to send and <see cref="Extensions"/> holds
/// <c>code</c> (one of <see cref="ErrorCodes"/>) and any facts the client can act on. <see cref="QErrorInfoProvider"/>
/// sends these as they are.
/// </summary>
public interface ICodedError
{
    string Message { get; }

    IReadOnlyDictionary<string, object?> ClientExtensions { get; }
}

/// <summary>The document is over one of the limits (depth, cost, aliases, fields, tokens). Refused before execution.</summary>
public sealed class QueryTooComplexError : ValidationError, ICodedError
{
    public QueryTooComplexError(string message, string limit, long actual, long maximum) : base(message)
    {
        Code = ErrorCodes.QueryTooComplex;
        ClientExtensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.QueryTooComplex,
            ["limit"] = limit,
            ["actual"] = actual,
            ["maximum"] = maximum,
        };
    }

    public IReadOnlyDictionary<string, object?> ClientExtensions { get; }
}

/// <summary>The caller may not use this part of the API (e.g. introspection while anonymous). Refused before execution.</summary>
public sealed class ForbiddenError : ValidationError, ICodedError
{
    public ForbiddenError(ValidationContext context, ASTNode node, string message)
        : base(context.Document.Source, null, message, node)
    {
        Code = ErrorCodes.Forbidden;
    }

    public IReadOnlyDictionary<string, object?> ClientExtensions { get; } = new Dictionary<string, object?> { ["code"] = ErrorCodes.Forbidden };
}

/// <summary>A string argument or variable value is longer than allowed. Refused before execution; the value is not echoed.</summary>
public sealed class InputTooLongError : ValidationError, ICodedError
{
    public InputTooLongError(string argument, string message) : base(message)
    {
        Code = ErrorCodes.BadUserInput;
        ClientExtensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput, ["argument"] = argument };
    }

    public IReadOnlyDictionary<string, object?> ClientExtensions { get; }
}

/// <summary>The caller is over their request rate (sent with HTTP 429 and <c>Retry-After</c>).</summary>
public sealed class RateLimitedError : ExecutionError, ICodedError
{
    public RateLimitedError(int retryAfterSeconds)
        : base($"Too many requests; retry after {retryAfterSeconds} s.")
    {
        Code = ErrorCodes.RateLimited;
        ClientExtensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.RateLimited, ["retryAfter"] = retryAfterSeconds };
    }

    public IReadOnlyDictionary<string, object?> ClientExtensions { get; }
}
