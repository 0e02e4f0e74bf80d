using Q.Core.Interchange;
using Q.Core.Ports;

namespace Q.Cli.Commands;

internal static class ImportSummary
{
    public static async Task WriteAsync(TextWriter output, ImportReport report, string source, TimeSpan elapsed)
    {
        var written = report.Kinds.Values.Sum(k => k.Created + k.Updated);
        var rate = elapsed.TotalSeconds > 0 ? written / elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(report.Written
            ? $"Imported {written:N0} records from {source} in {elapsed.TotalSeconds:0.00} s ({rate:N0} records/s)."
            : $"Nothing was written (--strict): {report.Rejected.Count:N0} line(s) rejected in {source}.");
        await output.WriteLineAsync($"  {"kind",-14}{"created",10}{"updated",10}{"rejected",10}");
        foreach (var (kind, counts) in report.Kinds)
        {
            var (created, updated) = report.Written ? (counts.Created, counts.Updated) : (0, 0);
            await output.WriteLineAsync($"  {RecordReader.Kinds[(int)kind],-14}{created,10:N0}{updated,10:N0}{counts.Rejected,10:N0}");
        }
        var unparsed = report.Rejected.Count - report.Kinds.Values.Sum(k => k.Rejected);
        if (unparsed > 0) await output.WriteLineAsync($"  {"(unreadable)",-14}{"",10}{"",10}{unparsed,10:N0}");
        if (report.TopicsCreatedFromReferences > 0 && report.Written)
            await output.WriteLineAsync($"  {report.TopicsCreatedFromReferences:N0} topic(s) were referenced but not declared, and were created from their ids.");
        if (report.HasRejections)
            await output.WriteLineAsync($"{report.Rejected.Count:N0} line(s) rejected; see the messages above.");
    }
}
