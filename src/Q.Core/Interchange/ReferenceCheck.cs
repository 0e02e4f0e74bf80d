using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Interchange;

/// <summary>The records that passed every check, grouped in the order they are written.</summary>
internal sealed record Accepted(
    List<Organisation> Organisations, List<Topic> Topics, List<Member> Members,
    List<Project> Projects, List<Resource> Resources, List<Connection> Connections)
{
    public long Count => Organisations.Count + Topics.Count + Members.Count + Projects.Count + Resources.Count + Connections.Count;
}

/// <summary>
/// Resolves every reference of an import against the file and the store (inside the import's unit of work),
/// rejects records whose references lead nowhere, creates undeclared topics from their ids, and counts what
/// will be created and what updated.
/// </summary>
internal sealed class ReferenceCheck(IGraphWriter writer, ImportReport report, IReadOnlyDictionary<string, string?> storedBroader)
{
    public async Task<Accepted> ResolveAsync(IReadOnlyList<ParsedRecord> records, CancellationToken ct)
    {
        var byKind = records.ToLookup(r => r.Kind);
        var organisations = Of<Organisation>(byKind, RecordKind.Organisation);
        var declaredTopics = KeepTopicReferences(WithoutCycles(Of<Topic>(byKind, RecordKind.Topic)), r => OptionalList(((Topic)r.Record).BroaderId));

        // Organisations have no references to other records (regions are fixed and already checked).
        var orgIds = organisations.Select(o => ((Organisation)o.Record).Id).ToHashSet(StringComparer.Ordinal);
        var members = await KeepResolvable(
            KeepTopicReferences(Of<Member>(byKind, RecordKind.Member), r => ((Member)r.Record).Topics.Select(t => t.TopicId)),
            RecordKind.Organisation, orgIds, r => OptionalList(((Member)r.Record).OrganisationId), ct);

        var memberIds = members.Select(m => ((Member)m.Record).Id).ToHashSet(StringComparer.Ordinal);
        var projects = await KeepResolvable(
            KeepTopicReferences(Of<Project>(byKind, RecordKind.Project), r => ((Project)r.Record).Topics),
            RecordKind.Member, memberIds, r => ((Project)r.Record).Members.Select(m => m.MemberId), ct);
        var resources = await KeepResolvable(
            KeepTopicReferences(Of<Resource>(byKind, RecordKind.Resource), r => ((Resource)r.Record).Topics),
            RecordKind.Member, memberIds, r => ((Resource)r.Record).Authors, ct);
        var connections = await KeepResolvable(Of<Connection>(byKind, RecordKind.Connection), RecordKind.Member, memberIds,
            r => [((Connection)r.Record).From, ((Connection)r.Record).To], ct);

        var topics = await WithReferencedTopicsAsync(declaredTopics, members, projects, resources, ct);

        await CountAsync(RecordKind.Organisation, organisations, ct);
        await CountAsync(RecordKind.Topic, declaredTopics, ct);
        await CountAsync(RecordKind.Member, members, ct);
        await CountAsync(RecordKind.Project, projects, ct);
        await CountAsync(RecordKind.Resource, resources, ct);
        await CountAsync(RecordKind.Connection, connections, ct);

        return new Accepted(
            Records<Organisation>(organisations), topics, Records<Member>(members),
            Records<Project>(projects), Records<Resource>(resources), Records<Connection>(connections));
    }

    /// <summary>
    /// Rejects topics whose broader chain loops back to themselves (a → b → a), following the file's topics and,
    /// where the file is silent, the stored ones. Every topic on the loop that the file declares is rejected.
    /// </summary>
    private List<ParsedRecord> WithoutCycles(List<ParsedRecord> topics)
    {
        var broader = new Dictionary<string, string?>(storedBroader, StringComparer.Ordinal);
        foreach (var t in topics.Select(r => (Topic)r.Record)) broader[t.Id] = t.BroaderId;
        var kept = new List<ParsedRecord>(topics.Count);
        foreach (var record in topics)
        {
            var topic = (Topic)record.Record;
            var chain = new List<string> { topic.Id };
            for (var next = topic.BroaderId; next is not null && chain.Count <= broader.Count; next = broader.GetValueOrDefault(next))
            {
                chain.Add(next);
                if (next == topic.Id) break;
            }
            if (chain[^1] == topic.Id && chain.Count > 1)
                report.Reject(record, $"{Describe(record)}: broader topics form a loop ({string.Join(" → ", chain.Select(id => Validation.Clip(id, 30)))})");
            else kept.Add(record);
        }
        return kept;
    }

    /// <summary>
    /// Topics are created on reference, except one whose own line was rejected: a record referring to it is
    /// rejected too (unless the topic is already stored), so a bad topic line never turns into a placeholder.
    /// </summary>
    private List<ParsedRecord> KeepTopicReferences(List<ParsedRecord> records, Func<ParsedRecord, IEnumerable<string>> topics)
    {
        var kept = new List<ParsedRecord>(records.Count);
        foreach (var record in records)
        {
            var bad = topics(record).FirstOrDefault(id =>
                report.RejectedIds.ContainsKey((RecordKind.Topic, id)) && !storedBroader.ContainsKey(id));
            if (bad is null) kept.Add(record);
            else report.Reject(record, $"{Describe(record)}: refers to topic '{Validation.Clip(bad)}', which was rejected on line {report.RejectedIds[(RecordKind.Topic, bad)]}");
        }
        return kept;
    }

    private static IEnumerable<string> OptionalList(string? id) => id is null ? [] : [id];

    /// <summary>Keeps the records all of whose references of <paramref name="kind"/> exist in the file or the store.</summary>
    private async Task<List<ParsedRecord>> KeepResolvable(
        List<ParsedRecord> records, RecordKind kind, HashSet<string> inFile,
        Func<ParsedRecord, IEnumerable<string>> references, CancellationToken ct)
    {
        var outside = records.SelectMany(references).Where(id => !inFile.Contains(id)).Distinct().ToArray();
        var inStore = outside.Length == 0 ? new HashSet<string>() : await writer.FindExistingAsync(kind, outside, ct);
        var kept = new List<ParsedRecord>(records.Count);
        foreach (var record in records)
        {
            var missing = references(record).FirstOrDefault(id => !inFile.Contains(id) && !inStore.Contains(id));
            if (missing is null)
            {
                kept.Add(record);
                continue;
            }
            var what = $"{Importer.WireName(kind)} '{Validation.Clip(missing)}'";
            report.Reject(record, report.RejectedIds.TryGetValue((kind, missing), out var line)
                ? $"{Describe(record)}: refers to {what}, which was rejected on line {line}"
                : $"{Describe(record)}: refers to {what}, which exists neither in the store nor in this file");
        }
        return kept;
    }

    /// <summary>Declared topics, plus a topic named after its id for every referenced topic that exists nowhere.</summary>
    private async Task<List<Topic>> WithReferencedTopicsAsync(
        List<ParsedRecord> declared, List<ParsedRecord> members, List<ParsedRecord> projects, List<ParsedRecord> resources,
        CancellationToken ct)
    {
        var topics = Records<Topic>(declared);
        var declaredIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = topics.Select(t => t.BroaderId).OfType<string>()
            .Concat(Records<Member>(members).SelectMany(m => m.Topics.Select(t => t.TopicId)))
            .Concat(Records<Project>(projects).SelectMany(p => p.Topics))
            .Concat(Records<Resource>(resources).SelectMany(r => r.Topics))
            .Where(id => !declaredIds.Contains(id))
            .Distinct()
            .ToArray();
        var existing = referenced.Length == 0 ? new HashSet<string>() : await writer.FindExistingAsync(RecordKind.Topic, referenced, ct);
        var created = referenced.Where(id => !existing.Contains(id)).Select(id => new Topic { Id = id, Name = TopicNames.FromId(id) }).ToList();
        report.TopicsCreatedFromReferences = created.Count;
        report.Kinds[RecordKind.Topic].Created += created.Count;
        return [.. created, .. topics];
    }

    private async Task CountAsync(RecordKind kind, List<ParsedRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var existing = await writer.FindExistingAsync(kind, records.Select(r => r.Key).ToArray(), ct);
        var updated = records.Count(r => existing.Contains(r.Key));
        report.Kinds[kind].Updated += updated;
        report.Kinds[kind].Created += records.Count - updated;
    }

    private static List<ParsedRecord> Of<T>(ILookup<RecordKind, ParsedRecord> byKind, RecordKind kind) => byKind[kind].ToList();

    private static List<T> Records<T>(IEnumerable<ParsedRecord> records) => records.Select(r => (T)r.Record).ToList();

    private static string Describe(ParsedRecord r) => RecordReader.Describe(Importer.WireName(r.Kind), r.Record);
}
