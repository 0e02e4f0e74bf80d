using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Interchange;

/// <summary>
/// Imports a JSON Lines file: every good line is upserted by id in one unit of work, every bad line is skipped
/// and reported as <c>line N: reason</c>. Order within the file does not matter: records are written in
/// dependency order, and references may point at records later in the file or already in the store.
/// With <see cref="ImportOptions.Strict"/>, one bad line means nothing is written.
/// </summary>
public sealed class Importer(IGraphStore store)
{
    private const int ChunkSize = 2_000;

    public async Task<ImportReport> ImportAsync(
        TextReader input, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var report = new ImportReport();
        var records = await ReadAsync(input, report, progress, ct);
        // Topics are few (hundreds): their hierarchy is read whole, to catch a loop through stored topics.
        var storedBroader = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var topic in store.StreamTopicsAsync(ct)) storedBroader[topic.Id] = topic.BroaderId;
        await store.ExecuteWriteAsync(async (writer, token) =>
        {
            var accepted = await new ReferenceCheck(writer, report, storedBroader).ResolveAsync(records, token);
            if (options.Strict && report.HasRejections) return false;
            await WriteAsync(writer, accepted, report, progress, token);
            report.Written = true;
            return true;
        }, ct);
        report.Rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        return report;
    }

    /// <summary>Parses every line; a later line with the same key supersedes an earlier one.</summary>
    private static async Task<List<ParsedRecord>> ReadAsync(
        TextReader input, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var byKey = new Dictionary<(RecordKind, string), ParsedRecord>();
        var lineNumber = 0;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (lineNumber % 10_000 == 0) progress?.Report(new ImportProgress("reading", lineNumber, 0));
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var record = RecordReader.Parse(line, lineNumber, out var warnings);
                report.Warnings.AddRange(warnings.Select(w => new LineProblem(lineNumber, w)));
                if (byKey.TryGetValue((record.Kind, record.Key), out var earlier))
                    report.Warnings.Add(new LineProblem(earlier.Line, $"superseded by line {lineNumber}, which has the same {WireName(record.Kind)} id"));
                byKey[(record.Kind, record.Key)] = record;
            }
            catch (FormatException e)
            {
                var (kind, id) = RecordReader.Identify(line);
                report.RejectLine(lineNumber, e.Message, kind, id);
            }
        }
        return byKey.Values.OrderBy(r => r.Line).ToList();
    }

    private static async Task WriteAsync(
        IGraphWriter writer, Accepted accepted, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        long total = accepted.Count, done = 0;
        async Task Chunked<T>(RecordKind kind, IReadOnlyList<T> items, Func<IReadOnlyCollection<T>, CancellationToken, Task> upsert)
        {
            foreach (var chunk in items.Chunk(ChunkSize))
            {
                await upsert(chunk, ct);
                done += chunk.Length;
                progress?.Report(new ImportProgress("writing", done, total));
            }
        }

        await Chunked(RecordKind.Organisation, accepted.Organisations, writer.UpsertOrganisationsAsync);
        await Chunked(RecordKind.Topic, accepted.Topics, writer.UpsertTopicsAsync);
        await Chunked(RecordKind.Member, accepted.Members, writer.UpsertMembersAsync);
        await Chunked(RecordKind.Project, accepted.Projects, writer.UpsertProjectsAsync);
        await Chunked(RecordKind.Resource, accepted.Resources, writer.UpsertResourcesAsync);
        await Chunked(RecordKind.Connection, accepted.Connections, writer.UpsertConnectionsAsync);
    }

    internal static string WireName(RecordKind kind) => RecordReader.Kinds[(int)kind];
}
