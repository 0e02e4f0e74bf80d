using Q.Core.Interchange;

namespace Q.Graph.Tests.Contract;

/// <summary>A record as its export line: records hold lists, so compare what a user would see, not references.</summary>
public static class Canonical
{
    public static string Json(object record) => RecordWriter.ToJson(record);

    public static string[] Json(IEnumerable<object> records) => records.Select(Json).ToArray();
}
