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
internal sealed class ReferenceCheck(IGraphWriter writer, ImportReport report)
{
    public async Task<Accepted> ResolveAsync(IReadOnlyList<ParsedRecord> records, CancellationToken ct)
    {
        var byKind = records.ToLookup(r => r.Kind);
        var organisations = Of<Organisation>(byKind, RecordKind.Organisation);
        var declaredTopics = Of<Topic>(byKind, RecordKind.Topic);

        // Organisations have no references to other records (regions are fixed and already checked).
        var orgIds = organisations.Select(o => ((Organisation)o.Record).Id).ToHashSet(StringComparer.Ordinal);
        var members = await KeepResolvable(Of<Member>(byKind, RecordKind.Member), RecordKind.Organisation, orgIds,
            r => ((Member)r.Record).OrganisationId is { } org ? [org] : [], ct);

        var memberIds = members.Select(m => ((Member)m.Record).Id).ToHashSet(StringComparer.Ordinal);
        var projects = await KeepResolvable(Of<Project>(byKind, RecordKind.Project), RecordKind.Member, memberIds,
            r => ((Project)r.Record).Members.Select(m => m.MemberId), ct);
        var resources = await KeepResolvable(Of<Resource>(byKind, RecordKind.Resource), RecordKind.Member, memberIds,
            r => ((Resource)r.Record).Authors, ct);
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
