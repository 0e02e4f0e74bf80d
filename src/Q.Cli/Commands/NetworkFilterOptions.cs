using System.CommandLine;
using System.Globalization;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Cli.Commands;

/// <summary>
/// The network filter as options, shared by <c>q metrics</c> and <c>q export-network</c>. Roles and organisation
/// types take the import format's wire names (<c>patient-leader</c>; the GraphQL spelling <c>PATIENT_LEADER</c> is
/// accepted too), dates <c>yyyy-MM-dd</c>. A bad value is refused before anything is read or written, naming the
/// option and what it accepts.
/// </summary>
internal sealed class NetworkFilterOptions
{
    private readonly Option<string?> _region = new("--region") { Description = "Only members in this region (e.g. wales)." };
    private readonly Option<string?> _role = new("--role") { Description = $"Only members with this role: {string.Join(", ", WireName<MemberRole>.Names)}." };
    private readonly Option<string?> _organisation = new("--organisation") { Description = "Only members of this organisation (its id)." };
    private readonly Option<string?> _organisationType = new("--organisation-type") { Description = $"Only members of organisations of this type: {string.Join(", ", WireName<OrganisationType>.Names)}." };
    private readonly Option<string?> _topic = new("--topic") { Description = "Only members who hold this topic, at any level (its id; narrower topics do not count)." };
    private readonly Option<string?> _joinedFrom = new("--joined-from") { Description = "Only members who joined on or after this date (yyyy-MM-dd; members without a joined date are left out)." };
    private readonly Option<string?> _joinedTo = new("--joined-to") { Description = "Only members who joined on or before this date (yyyy-MM-dd; members without a joined date are left out)." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "The network as it stood on this date (yyyy-MM-dd): members who had joined and ties formed by then." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _region, _role, _organisation, _organisationType, _topic, _joinedFrom, _joinedTo, _asOf })
            command.Options.Add(option);
    }

    /// <summary>The filter the options describe, or a <see cref="CliException"/> naming the option at fault.</summary>
    public NetworkFilter Read(ParseResult parse)
    {
        var region = parse.GetValue(_region);
        if (region is not null && Region.Find(region) is null)
            throw new CliException($"--region: '{region}' is not a Q region; use one of: {string.Join(", ", Region.All.Select(r => r.Id))}.");
        var from = Date(parse, _joinedFrom);
        var to = Date(parse, _joinedTo);
        if (from > to) throw new CliException($"--joined-from ({from:yyyy-MM-dd}) is after --joined-to ({to:yyyy-MM-dd}).");
        return new NetworkFilter(
            RegionId: region,
            Role: Enum<MemberRole>(parse, _role),
            OrganisationId: Id(parse, _organisation),
            OrganisationType: Enum<OrganisationType>(parse, _organisationType),
            TopicId: Id(parse, _topic),
            JoinedFrom: from,
            JoinedTo: to,
            AsOf: Date(parse, _asOf));
    }

    /// <summary>An organisation or topic the filter names must exist in this data folder.</summary>
    public static async Task RequireKnownAsync(IGraphStore store, NetworkFilter filter, CancellationToken ct)
    {
        if (filter.OrganisationId is { } organisation && (await store.FindExistingAsync(RecordKind.Organisation, [organisation], ct)).Count == 0)
            throw new CliException($"--organisation: there is no organisation '{organisation}' in this data folder.");
        if (filter.TopicId is { } topic && (await store.FindExistingAsync(RecordKind.Topic, [topic], ct)).Count == 0)
            throw new CliException($"--topic: there is no topic '{topic}' in this data folder.");
    }

    /// <summary>How the filter reads in a summary: "everyone", or its parts.</summary>
    public static string Describe(NetworkFilter filter)
    {
        var parts = new List<string>();
        if (filter.RegionId is { } r) parts.Add($"region {r}");
        if (filter.Role is { } role) parts.Add($"role {WireName<MemberRole>.Of(role)}");
        if (filter.OrganisationId is { } o) parts.Add($"organisation {o}");
        if (filter.OrganisationType is { } t) parts.Add($"organisation type {WireName<OrganisationType>.Of(t)}");
        if (filter.TopicId is { } topic) parts.Add($"topic {topic}");
        if (filter.JoinedFrom is { } f) parts.Add($"joined from {f:yyyy-MM-dd}");
        if (filter.JoinedTo is { } to) parts.Add($"joined to {to:yyyy-MM-dd}");
        var who = parts.Count == 0 ? "everyone" : string.Join(", ", parts);
        return filter.AsOf is { } asOf ? $"{who}, as of {asOf:yyyy-MM-dd}" : who;
    }

    private static string? Id(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } value && string.IsNullOrWhiteSpace(value)
            ? throw new CliException($"{option.Name}: give an id, not an empty value.")
            : parse.GetValue(option);

    private static T? Enum<T>(ParseResult parse, Option<string?> option) where T : struct, System.Enum
    {
        if (parse.GetValue(option) is not { } text) return null;
        // The import format's kebab-case, or the GraphQL enum's CONSTANT_CASE.
        if (WireName<T>.TryParse(text.Trim().ToLowerInvariant().Replace('_', '-'), out var value)) return value;
        throw new CliException($"{option.Name}: '{text}' is not allowed; use one of: {string.Join(", ", WireName<T>.Names)}.");
    }

    private static DateOnly? Date(ParseResult parse, Option<string?> option)
    {
        if (parse.GetValue(option) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new CliException($"{option.Name}: '{text}' is not a date; write it as yyyy-MM-dd (e.g. 2025-04-30).");
    }
}
