using Q.Core.Model;

namespace Q.Jobs.Upkeep;

/// <summary>Who may be emailed: members with an address who have not opted out of notifications.</summary>
/// <remarks>
/// The address is used to deliver to its owner only; whoever may see it on the profile (private by default) is not
/// the question here. It never appears in anyone else's message.
/// </remarks>
public static class Recipients
{
    public static bool CanEmail(Member m) =>
        !m.Visibility.NotificationsOptOut && m.Email is { } e && e.Contains('@', StringComparison.Ordinal) && e.Trim().Length > 2;
}
