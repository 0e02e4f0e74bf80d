using System.Globalization;
using Q.Core.Model;
using Q.Jobs.Notifications;

namespace Q.Jobs.Upkeep;

/// <summary>The words of one reader's digest: the shared <see cref="DigestContent"/>, then their own suggested connections.</summary>
public static class Digest
{
    public static Message Write(Member reader, DigestContent content, IReadOnlyList<(string Name, string? Reason)> suggested, JobsOptions options, DateTimeOffset now)
    {
        var c = CultureInfo.InvariantCulture;
        var subject = $"What is new in Q since {content.Since.ToString("d MMMM", c)}";
        var html = new Html().Paragraph($"Hello {reader.Name},");
        if (content.NewMembersByRegion.Count > 0)
        {
            html.Heading("New members");
            foreach (var (region, names) in content.NewMembersByRegion) html.Item($"{region}: {string.Join(", ", names)}");
        }
        if (content.NewCaseStudiesByTopic.Count > 0)
        {
            html.Heading("New case studies");
            foreach (var (topic, titles) in content.NewCaseStudiesByTopic) html.Item($"{topic}: {string.Join("; ", titles)}");
        }
        if (content.ActiveTopics.Count > 0)
        {
            html.Heading("Most active topics");
            foreach (var (topic, n) in content.ActiveTopics) html.Item($"{topic} ({n} new)");
        }
        if (content.ActiveOrganisations.Count > 0)
        {
            html.Heading("Most active organisations");
            foreach (var (org, n) in content.ActiveOrganisations) html.Item($"{org} ({n} new)");
        }
        if (suggested.Count > 0)
        {
            html.Heading("People you might connect with");
            foreach (var (name, reason) in suggested) html.Item(reason is null ? name : $"{name}: {reason}");
        }
        html.Link("Open Q", options.SiteUrl)
            .Paragraph("To receive no emails from Q, set notificationsOptOut in your settings.");
        var (body, text) = html.Build(subject);
        return new Message(DigestUpkeep.Kind, reader.Id, reader.Email!.Trim(), subject, text, body, now);
    }
}
