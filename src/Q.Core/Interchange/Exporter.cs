using Q.Core.Ports;

namespace Q.Core.Interchange;

/// <summary>Writes the whole graph in the import format, referenced records before the records that refer to them.</summary>
public static class Exporter
{
    public static async Task<long> ExportAsync(IGraphStore store, Stream output, CancellationToken ct = default)
    {
        await using var writer = new RecordWriter(output);
        await foreach (var o in store.StreamOrganisationsAsync(ct)) await writer.WriteAsync(o, ct);
        await foreach (var t in store.StreamTopicsAsync(ct)) await writer.WriteAsync(t, ct);
        await foreach (var m in store.StreamMembersAsync(ct)) await writer.WriteAsync(m, ct);
        await foreach (var p in store.StreamProjectsAsync(ct)) await writer.WriteAsync(p, ct);
        await foreach (var r in store.StreamResourcesAsync(ct)) await writer.WriteAsync(r, ct);
        await foreach (var c in store.StreamConnectionsAsync(ct)) await writer.WriteAsync(c, ct);
        return writer.Count;
    }
}
