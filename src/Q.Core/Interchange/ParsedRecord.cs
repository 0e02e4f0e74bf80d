using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Interchange;

/// <summary>One good line of an import file: the record it holds and where it came from.</summary>
public sealed record ParsedRecord(int Line, RecordKind Kind, object Record)
{
    /// <summary>The identity the record is upserted by: its id, or for a tie its canonical pair.</summary>
    public string Key => Record switch
    {
        Organisation o => o.Id,
        Topic t => t.Id,
        Member m => m.Id,
        Project p => p.Id,
        Resource r => r.Id,
        Connection c => $"{c.From}\n{c.To}",
        _ => throw new InvalidOperationException($"unexpected record {Record.GetType().Name}"),
    };
}

/// <summary>A line that was skipped (or, for warnings, imported with something ignored), and why.</summary>
public sealed record LineProblem(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
