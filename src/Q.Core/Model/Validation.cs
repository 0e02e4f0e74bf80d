namespace Q.Core.Model;

/// <summary>A rule a record breaks, naming the field (as spelled in the import format) and what is wrong.</summary>
public sealed record Problem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>
/// The rules every record obeys whichever way it arrives (import, seed, API). References to other records
/// are checked by the importer, which can see the store; these rules need only the record itself.
/// </summary>
public static class Validation
{
    public const int MaxIdLength = 128;
    public const int MaxNameLength = 200;
    public const int MaxHeadlineLength = 300;
    public const int MaxTextLength = 20_000;

    /// <summary>Validates any record of the graph (an organisation, topic, member, project, resource or tie).</summary>
    public static IReadOnlyList<Problem> ValidateRecord(object record) => record switch
    {
        Organisation o => o.Validate(),
        Topic t => t.Validate(),
        Member m => m.Validate(),
        Project p => p.Validate(),
        Resource r => r.Validate(),
        Connection c => c.Validate(),
        _ => throw new ArgumentException($"{record.GetType().Name} is not a record of the graph", nameof(record)),
    };

    public static IReadOnlyList<Problem> Validate(this Organisation o) =>
        Collect(Id("id", o.Id), Text("name", o.Name, MaxNameLength, required: true), RegionRef("region", o.RegionId));

    public static IReadOnlyList<Problem> Validate(this Topic t) =>
        Collect(
            Id("id", t.Id),
            Text("name", t.Name, MaxNameLength, required: true),
            t.Synonyms.SelectMany((s, i) => Text($"synonyms[{i}]", s, MaxNameLength, required: true)),
            t.BroaderId is null ? [] : Id("broader", t.BroaderId),
            t.BroaderId == t.Id ? [new Problem("broader", "a topic cannot be broader than itself")] : []);

    public static IReadOnlyList<Problem> Validate(this Member m) =>
        Collect(
            Id("id", m.Id),
            Text("name", m.Name, MaxNameLength, required: true),
            m.OrganisationId is null ? [] : Id("organisation", m.OrganisationId),
            RegionRef("region", m.RegionId),
            Text("headline", m.Headline, MaxHeadlineLength),
            Text("bio", m.Bio, MaxTextLength),
            Email(m.Email),
            Phone(m.Phone),
            m.Topics.SelectMany((t, i) => Id($"topics[{i}].topic", t.TopicId)),
            Duplicates("topics", m.Topics.Select(t => t.TopicId)));

    public static IReadOnlyList<Problem> Validate(this Project p) =>
        Collect(
            Id("id", p.Id),
            Text("title", p.Title, MaxNameLength, required: true),
            Text("summary", p.Summary, MaxTextLength),
            p.Started is { } s && p.Ended is { } e && e < s ? [new Problem("ended", "is before started")] : [],
            p.Topics.SelectMany((t, i) => Id($"topics[{i}]", t)),
            p.Members.SelectMany((m, i) => Id($"members[{i}].member", m.MemberId)),
            Duplicates("members", p.Members.Select(m => m.MemberId)));

    public static IReadOnlyList<Problem> Validate(this Resource r) =>
        Collect(
            Id("id", r.Id),
            Text("title", r.Title, MaxNameLength, required: true),
            Text("body", r.Body, MaxTextLength),
            Text("url", r.Url, 2_000),
            r.Url is { } u && !(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                ? [new Problem("url", "is not an absolute http(s) address")] : [],
            r.Topics.SelectMany((t, i) => Id($"topics[{i}]", t)),
            r.Authors.SelectMany((a, i) => Id($"authors[{i}]", a)),
            Duplicates("authors", r.Authors));

    public static IReadOnlyList<Problem> Validate(this Connection c) =>
        Collect(
            Id("from", c.From),
            Id("to", c.To),
            c.From == c.To ? [new Problem("to", "a member cannot be connected to themselves")] : []);

    private static IEnumerable<Problem> Id(string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) yield return new Problem(field, "is required");
        else if (id.Length > MaxIdLength) yield return new Problem(field, $"is longer than {MaxIdLength} characters");
        else if (id.Any(ch => char.IsWhiteSpace(ch) || char.IsControl(ch)))
            yield return new Problem(field, "must not contain spaces or control characters");
    }

    private static IEnumerable<Problem> Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) yield return new Problem(field, "is required");
        }
        else if (value.Length > max) yield return new Problem(field, $"is longer than {max} characters");
    }

    private static IEnumerable<Problem> RegionRef(string field, string? id) =>
        id is null || Region.Find(id) is not null
            ? []
            : [new Problem(field, $"'{Clip(id)}' is not a Q region (expected one of: {string.Join(", ", Region.All.Select(r => r.Id))})")];

    private static IEnumerable<Problem> Email(string? email)
    {
        if (email is null) yield break;
        var at = email.IndexOf('@');
        // Deliberately loose: the only aim is to catch a column slipped into the wrong field. The value itself
        // is private and never echoed back in the message.
        if (email.Length > 254 || at <= 0 || at == email.Length - 1 || email.Any(ch => char.IsWhiteSpace(ch) || IsUnprintable(ch)))
            yield return new Problem("email", "is not an email address");
    }

    private static IEnumerable<Problem> Phone(string? phone)
    {
        // Digits with the usual separators; like email, the value itself is never echoed.
        if (phone is not null && (phone.Length is < 6 or > 30 || phone.Any(ch => !(char.IsAsciiDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')' or '.'))))
            yield return new Problem("phone", "is not a phone number (digits, spaces and + - ( ) . only, 6 to 30 characters)");
    }

    private static IEnumerable<Problem> Duplicates(string field, IEnumerable<string> ids)
    {
        foreach (var dup in ids.GroupBy(i => i).Where(g => g.Count() > 1))
            yield return new Problem(field, $"lists '{Clip(dup.Key)}' more than once");
    }

    private static IReadOnlyList<Problem> Collect(params IEnumerable<Problem>[] groups) => groups.SelectMany(g => g).ToArray();

    /// <summary>
    /// Makes input safe to echo in a message: short, so a hostile or mistaken value cannot flood a report, and with
    /// control and format characters shown as \uXXXX, so it cannot move a terminal's cursor or forge a log line.
    /// </summary>
    public static string Clip(string value, int max = 60)
    {
        var clipped = value.Length <= max ? value : value[..max] + "…";
        if (!clipped.Any(IsUnprintable)) return clipped;
        var sb = new System.Text.StringBuilder(clipped.Length + 16);
        foreach (var ch in clipped)
            sb.Append(IsUnprintable(ch) ? $"\\u{(int)ch:X4}" : ch.ToString());
        return sb.ToString();
    }

    private static bool IsUnprintable(char ch) =>
        char.IsControl(ch) || char.IsSurrogate(ch) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.Format;
}
