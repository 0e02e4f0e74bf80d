using System.Text;
using Q.Core.Interchange;

namespace Q.Graph.Tests.Contract;

/// <summary>A record as its export line: records hold lists, so compare what a user would see, not references.</summary>
public static class Canonical
{
    public static string Json(object record)
    {
        using var stream = new MemoryStream();
        var writer = new RecordWriter(stream);
        writer.WriteAsync(record).GetAwaiter().GetResult();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    public static string[] Json(IEnumerable<object> records) => records.Select(Json).ToArray();
}
