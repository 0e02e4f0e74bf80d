namespace Q.GraphQL.Errors;

/// <summary>The values of <c>extensions.code</c> clients can rely on.</summary>
public static class ErrorCodes
{
    /// <summary>The request, document, variables or an argument is wrong; the client can fix it.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Something failed on our side; details are logged, never sent.</summary>
    public const string Internal = "INTERNAL";
}
