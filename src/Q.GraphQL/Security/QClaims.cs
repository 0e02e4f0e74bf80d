namespace Q.GraphQL.Security;

/// <summary>The claims a Q token carries. Short names, as JWTs use them; inbound claim mapping is off.</summary>
public static class QClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Member = "member";
    public const string Organisation = "organisation";
    public const string Region = "region";
    /// <summary>"true" on an evaluator token granted members' names (<c>q token --role evaluator --names</c>).</summary>
    public const string Names = "names";
}
