using System.ComponentModel.DataAnnotations;

namespace Q.Graph;

/// <summary>Which graph engine Q uses and where. Bound from the "GraphStore" configuration section.</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary>"sqlite" (embedded, the default). "neo4j" arrives with the scale-out work.</summary>
    [Required, RegularExpression("^sqlite$", ErrorMessage = "GraphStore:Engine must be 'sqlite' (the only engine in this version).")]
    public string Engine { get; set; } = "sqlite";

    /// <summary>The data folder: the SQLite graph lives in graph.db there.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";
}
