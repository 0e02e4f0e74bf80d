namespace Q.GraphQL.Security;

/// <summary>The claims a Q token carries. Short names, as JWTs use them; inbound claim mapping is off.</summary>
public static class QClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Member = "member";
    public const string Organisation = "organisation";
    public const string Region = "region";
}
