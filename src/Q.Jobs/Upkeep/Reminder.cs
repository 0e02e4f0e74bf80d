using System.Globalization;
using Q.Core.Model;
using Q.Jobs.Notifications;

namespace Q.Jobs.Upkeep;

/// <summary>The words of a profile-freshness reminder: addressed to the member, about their own profile only.</summary>
public static class Reminder
{
    /// <summary>Starts the hints section; lets the summary count reminders that carried hints.</summary>
    public const string HintMarker = "People searched for";

    public static Message Write(Member member, IReadOnlyList<DemandHint> hints, JobsOptions options, DateTimeOffset now)
    {
        var c = CultureInfo.InvariantCulture;
        var html = new Html()
            .Paragraph($"Hello {member.Name},")
            .Paragraph($"Your profile in Q has not changed since {member.Updated!.Value.ToString("d MMMM yyyy", c)}. Keeping it up to date is what lets people working on the same things find you.");
        if (hints.Count > 0)
        {
            html.Paragraph($"{HintMarker} these in the last {options.HintWindowDays} days and found few people. Your projects or resources show you work on the topic next to each, but your profile does not list it:");
            foreach (var h in hints)
                html.Item($"\u201C{h.Query}\u201D: searched {h.Searches} time{(h.Searches == 1 ? "" : "s")}, finding at most {h.MostFound} {(h.MostFound == 1 ? "person" : "people")} (your topic: {h.Topic.Name})");
        }
        html.Link("Review your profile", options.SiteUrl)
            .Paragraph("You get this because your profile has not changed for a year. To receive no emails from Q, set notificationsOptOut in your settings.");
        var subject = "Is your Q profile still up to date?";
        var (body, text) = html.Build(subject);
        return new Message(ProfileFreshnessUpkeep.Kind, member.Id, member.Email!.Trim(), subject, text, body, now);
    }
}
