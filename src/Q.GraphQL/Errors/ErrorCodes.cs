namespace Q.GraphQL.Errors;

/// <summary>The values of <c>extensions.code</c> clients can rely on.</summary>
public static class ErrorCodes
{
    /// <summary>The request, document, variables or an argument is wrong; the client can fix it.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation needs a signed-in caller, or the bearer token was not valid.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is known but their role or scope does not allow this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The record the operation acts on does not exist (lookups by id answer null instead).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Something failed on our side; details are logged, never sent.</summary>
    public const string Internal = "INTERNAL";
}
