using System.Globalization;
using Q.Core.Model;

namespace Q.Graph.Sqlite;

// Consents, the audit log and erasure: the writes behind access control and UK GDPR requests.
internal sealed partial class SqliteGraphWriter
{
    /// <summary>True once this unit of work erased someone: the store then checkpoints the WAL after commit.</summary>
    public bool Erased { get; private set; }

    public Task AppendAuditAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default)
    {
        using var insert = Prepare("INSERT INTO audit(at, actor, action, subject, detail) VALUES ($at, $actor, $action, $subject, $detail)");
        foreach (var e in entries) insert.Execute(Timestamp(e.At), e.Actor, e.Action, e.Subject, e.Detail);
        return Task.CompletedTask;
    }

    public Task RecordConsentsAsync(IReadOnlyCollection<Consent> consents, CancellationToken ct = default)
    {
        using var insert = Prepare("INSERT INTO consents(member_id, setting, value, at) VALUES ($m, $setting, $value, $at)");
        foreach (var c in consents) insert.Execute(c.MemberId, c.Setting, c.Value, Timestamp(c.At));
        return Task.CompletedTask;
    }

    public Task RecordSuggestionEventsAsync(IReadOnlyCollection<Q.Core.Suggest.SuggestionEvent> events, CancellationToken ct = default)
    {
        using var insert = Prepare("INSERT INTO suggestion_events(at, member_id, other_id, kind) VALUES ($at, $m, $o, $kind)");
        foreach (var e in events) insert.Execute(Timestamp(e.At), e.MemberId, e.OtherId, e.Kind.ToString().ToLowerInvariant());
        return Task.CompletedTask;
    }

    public Task<ErasureReport> EraseMemberAsync(string memberId, string pseudonym, CancellationToken ct = default)
    {
        using var delete = Prepare("DELETE FROM members WHERE id = $id");
        if (delete.Execute(memberId) == 0) return Task.FromResult(ErasureReport.Nothing);
        // Documents that named them as an author or project member must be rebuilt without them. Their own
        // document is removed by the search index's erasure participant, not through the outbox: an outbox entry
        // would keep their id in the database until the indexer trims it, so pending ones are dropped here.
        using var outbox = Prepare("""
            INSERT INTO outbox(kind, id)
            SELECT 'resource', resource_id FROM resource_authors WHERE member_id = $id
            UNION ALL SELECT 'resource', 'project:' || project_id FROM project_members WHERE member_id = $id
            """);
        outbox.Execute(memberId);
        using var forget = Prepare("DELETE FROM outbox WHERE kind = 'person' AND id = $id");
        forget.Execute(memberId);
        int Run(string sql)
        {
            using var statement = Prepare(sql);
            return statement.Execute(memberId);
        }
        Run("DELETE FROM member_topics WHERE member_id = $id");
        var ties = Run("DELETE FROM ties WHERE src = $id OR dst = $id") / 2;
        var projects = Run("DELETE FROM project_members WHERE member_id = $id");
        var authorships = Run("DELETE FROM resource_authors WHERE member_id = $id");
        var consents = Run("DELETE FROM consents WHERE member_id = $id");
        Run("DELETE FROM suggestion_events WHERE member_id = $id OR other_id = $id");
        using var pseudonymise = Prepare("""
            UPDATE audit SET actor = CASE WHEN actor = $id THEN $pseudonym ELSE actor END,
                             subject = CASE WHEN subject = $id THEN $pseudonym ELSE subject END
            WHERE actor = $id OR subject = $id
            """);
        var audit = pseudonymise.Execute(memberId, pseudonym);
        PseudonymiseSnapshots(memberId, pseudonym);
        Erased = true;
        return Task.FromResult(new ErasureReport(true, pseudonym, ties, projects, authorships, consents, audit));
    }

    internal void TrimOutbox(long upTo)
    {
        using var trim = Prepare("DELETE FROM outbox WHERE seq <= $upTo");
        trim.Execute(upTo);
    }

    /// <summary>
    /// Connectivity snapshots are aggregates, but their top-betweenness list and brokers name members by id: an
    /// erased member's id there becomes the erasure's pseudonym (the figures stay, so history does not change).
    /// </summary>
    private void PseudonymiseSnapshots(string memberId, string pseudonym)
    {
        using var find = Prepare("SELECT id, report FROM snapshots WHERE instr(report, $quoted) > 0");
        var found = new List<(long Id, string Report)>();
        using (var r = find.Read(System.Text.Json.JsonSerializer.Serialize(memberId)))
            while (r.Read()) found.Add((r.GetInt64(0), r.GetString(1)));
        using var update = Prepare("UPDATE snapshots SET report = $report WHERE id = $id");
        foreach (var (id, json) in found)
        {
            var report = Q.Core.Analytics.ReportJson.ReadReport(json);
            string Rename(string member) => member == memberId ? pseudonym : member;
            var renamed = report with
            {
                Betweenness = report.Betweenness.ToDictionary(p => Rename(p.Key), p => p.Value, StringComparer.Ordinal),
                Communities = report.Communities.ToDictionary(p => Rename(p.Key), p => p.Value, StringComparer.Ordinal),
                Brokers = report.Brokers.Select(b => b with { MemberId = Rename(b.MemberId) }).ToList(),
            };
            update.Execute(Q.Core.Analytics.ReportJson.Write(renamed), id);
        }
    }

    internal long InsertSnapshot(string at, string filter, string report)
    {
        using var insert = Prepare("INSERT INTO snapshots(at, filter, report) VALUES ($at, $filter, $report) RETURNING id");
        return Convert.ToInt64(insert.Scalar(at, filter, report));
    }

    internal static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
