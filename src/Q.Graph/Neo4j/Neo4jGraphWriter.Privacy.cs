using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Suggest;

namespace Q.Graph.Neo4j;

// Consents, the audit log, suggestion events and erasure: the writes behind access control and UK GDPR requests.
internal sealed partial class Neo4jGraphWriter
{
    public Task AppendAuditAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default) =>
        Append(Sequences.Audit, entries.Select(e => new Dictionary<string, object?>
        {
            ["at"] = Records.Timestamp(e.At), ["actor"] = e.Actor, ["action"] = e.Action, ["subject"] = e.Subject, ["detail"] = e.Detail,
        }), ct);

    public Task RecordConsentsAsync(IReadOnlyCollection<Consent> consents, CancellationToken ct = default) =>
        Append(Sequences.Consent, consents.Select(c => new Dictionary<string, object?>
        {
            ["memberId"] = c.MemberId, ["setting"] = c.Setting, ["value"] = c.Value, ["at"] = Records.Timestamp(c.At),
        }), ct);

    public Task RecordSuggestionEventsAsync(IReadOnlyCollection<SuggestionEvent> events, CancellationToken ct = default) =>
        Append(Sequences.Suggestion, events.Select(e => new Dictionary<string, object?>
        {
            ["memberId"] = e.MemberId, ["otherId"] = e.OtherId, ["kind"] = e.Kind.ToString().ToLowerInvariant(), ["at"] = Records.Timestamp(e.At),
        }), ct);

    public async Task<ErasureReport> EraseMemberAsync(string memberId, string pseudonym, CancellationToken ct = default)
    {
        var id = new Dictionary<string, object?> { ["id"] = memberId, ["ids"] = new[] { memberId }, ["pseudonym"] = pseudonym };
        if ((await Run("MATCH (m:Member {id: $id}) RETURN count(m)", id, ct)).Single().GetInt32() == 0) return ErasureReport.Nothing;
        // Documents that named them must be rebuilt without them; their own is removed by the search index's erasure
        // step, and pending entries with their id are dropped so none keeps it in the database.
        await Run(Outbox.Append(Outbox.Erased), id, ct);
        await Run("MATCH (e:OutboxEntry {kind: 'person', id: $id}) DELETE e", id, ct);
        var counts = (await Run(ErasureStatements.Remove, id, ct)).Rows[0];
        await Run("MATCH (e:SuggestionEvent) WHERE e.memberId = $id OR e.otherId = $id DELETE e", id, ct);
        var audit = (await Run(ErasureStatements.Pseudonymise, id, ct)).Single().GetInt32();
        await PseudonymiseSnapshots(memberId, pseudonym, ct);
        return new ErasureReport(true, pseudonym, counts[0].GetInt32(), counts[1].GetInt32(), counts[2].GetInt32(), counts[3].GetInt32(), audit);
    }

    internal async Task<long> InsertSnapshotAsync(string at, string filter, string report, CancellationToken ct) =>
        (await Run($$"""
            MERGE (c:Counter {name: '{{Sequences.Snapshot}}'}) ON CREATE SET c.seq = 0
            SET c.seq = c.seq + 1
            CREATE (s:Snapshot {id: c.seq, at: $at, filter: $filter, report: $report})
            RETURN s.id
            """, new Dictionary<string, object?> { ["at"] = at, ["filter"] = filter, ["report"] = report }, ct)).Single().GetInt64();

    /// <summary>Snapshots name members by id in their top-betweenness list and brokers: an erased one's becomes the pseudonym.</summary>
    private async Task PseudonymiseSnapshots(string memberId, string pseudonym, CancellationToken ct)
    {
        var found = await Run("MATCH (s:Snapshot) WHERE s.report CONTAINS $quoted RETURN s.id, s.report",
            new Dictionary<string, object?> { ["quoted"] = System.Text.Json.JsonSerializer.Serialize(memberId) }, ct);
        var rows = found.Rows.Select(r =>
        {
            var report = ReportJson.ReadReport(r[1].GetString()!);
            string Rename(string member) => member == memberId ? pseudonym : member;
            var renamed = report with
            {
                Betweenness = report.Betweenness.ToDictionary(p => Rename(p.Key), p => p.Value, StringComparer.Ordinal),
                Communities = report.Communities.ToDictionary(p => Rename(p.Key), p => p.Value, StringComparer.Ordinal),
                Brokers = report.Brokers.Select(b => b with { MemberId = Rename(b.MemberId) }).ToList(),
            };
            return new Dictionary<string, object?> { ["id"] = r[0].GetInt64(), ["report"] = ReportJson.Write(renamed) };
        }).ToArray();
        if (rows.Length > 0)
            await Run("UNWIND $rows AS row MATCH (s:Snapshot {id: row.id}) SET s.report = row.report", new Dictionary<string, object?> { ["rows"] = rows }, ct);
    }

    private async Task Append(string series, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(Chunk))
            await Run(Sequences.Append(series), new Dictionary<string, object?> { ["rows"] = chunk }, ct);
    }
}
