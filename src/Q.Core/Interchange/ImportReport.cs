using Q.Core.Ports;

namespace Q.Core.Interchange;

public sealed record ImportOptions(bool Strict = false);

/// <summary>What the importer is doing, for a progress bar. <see cref="Total"/> is 0 while unknown.</summary>
public sealed record ImportProgress(string Stage, long Done, long Total);

public sealed class KindCounts
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Rejected { get; set; }
}

/// <summary>The outcome of one import: counts per kind, every rejected line with its reason, and warnings.</summary>
public sealed class ImportReport
{
    public SortedDictionary<RecordKind, KindCounts> Kinds { get; } = new(Enum.GetValues<RecordKind>().ToDictionary(k => k, _ => new KindCounts()));
    public List<LineProblem> Rejected { get; } = [];
    public List<LineProblem> Warnings { get; } = [];
    /// <summary>Topics that were referenced but not declared, created from their ids.</summary>
    public int TopicsCreatedFromReferences { get; set; }
    /// <summary>False when <c>--strict</c> refused the whole file.</summary>
    public bool Written { get; set; }

    public bool HasRejections => Rejected.Count > 0;

    /// <summary>The line each rejected record was on, by kind and id, so references to it can say so.</summary>
    internal Dictionary<(RecordKind Kind, string Id), int> RejectedIds { get; } = [];

    /// <summary>Records a line that could not be read as a record at all.</summary>
    public void RejectLine(int line, string reason, RecordKind? kind, string? id)
    {
        Rejected.Add(new LineProblem(line, reason));
        if (kind is not { } k) return;
        Kinds[k].Rejected++;
        if (id is not null) RejectedIds[(k, id)] = line;
    }

    public void Reject(ParsedRecord record, string reason)
    {
        Kinds[record.Kind].Rejected++;
        Rejected.Add(new LineProblem(record.Line, reason));
        RejectedIds[(record.Kind, record.Key)] = record.Line;
    }
}
