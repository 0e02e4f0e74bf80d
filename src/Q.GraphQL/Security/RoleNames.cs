using Q.Core.Model;

namespace Q.GraphQL.Security;

/// <summary>Role names as tokens and the command line spell them: member, employer, evaluator, panel, admin.</summary>
public static class RoleNames
{
    public static IReadOnlyList<string> Signed { get; } = ["member", "employer", "evaluator", "panel", "admin"];

    public static string Of(AccessRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out AccessRole role)
    {
        role = AccessRole.Anonymous;
        if (name is null || !Signed.Contains(name)) return false;
        role = Enum.Parse<AccessRole>(name, ignoreCase: true);
        return true;
    }
}
