namespace Q.GraphQL.Errors;

/// <summary>The values of <c>extensions.code</c> clients can rely on. Every error Q sends carries one of these.</summary>
public static class ErrorCodes
{
    /// <summary>The request, document, variables or an argument is wrong; the client can fix it.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The request needs a signed-in caller and has none (or an invalid token).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is known but may not do this (e.g. introspection for anonymous callers).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The thing asked for does not exist (where that is an error rather than a null).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The document is too deep, too costly, or has too many aliases, fields or tokens.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The caller sent too many requests; retry after the <c>Retry-After</c> header's seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request ran longer than the execution timeout and was stopped.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Something failed on our side; details are logged, never sent.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>All of the above: the only values <c>extensions.code</c> may take.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        BadUserInput, Unauthenticated, Forbidden, NotFound, QueryTooComplex, RateLimited, Timeout, Internal,
    };
}
