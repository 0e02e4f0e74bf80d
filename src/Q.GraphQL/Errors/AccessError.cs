using GraphQL;

namespace Q.GraphQL.Errors;

/// <summary>A refusal with one of Q's codes (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND); its message is ours, never input.</summary>
public sealed class AccessError : ExecutionError
{
    private AccessError(string code, string message) : base(message) => Code = code;

    public static AccessError Unauthenticated(string message = "Sign in first: this needs a bearer token.") => new(ErrorCodes.Unauthenticated, message);

    public static AccessError Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static AccessError NotFound(string message) => new(ErrorCodes.NotFound, message);
}
