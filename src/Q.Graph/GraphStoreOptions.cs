using System.ComponentModel.DataAnnotations;

namespace Q.Graph;

/// <summary>Which graph engine Q uses and where. Bound from the "GraphStore" configuration section.</summary>
public sealed class GraphStoreOptions : IValidatableObject
{
    public const string Section = "GraphStore";

    /// <summary>"sqlite" (embedded, the default) or "neo4j" (a server reached through its HTTP Query API).</summary>
    [Required, RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "GraphStore:Engine must be 'sqlite' or 'neo4j'.")]
    public string Engine { get; set; } = "sqlite";

    /// <summary>The data folder: the SQLite graph lives in graph.db there (and the search index, jobs and outboxes beside it).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Neo4j only: the server's HTTP address, e.g. http://localhost:7474.</summary>
    public string? Neo4jUrl { get; set; }

    /// <summary>Neo4j only: the user for basic authentication.</summary>
    public string? Neo4jUser { get; set; }

    /// <summary>Neo4j only: the password for basic authentication (never logged).</summary>
    public string? Neo4jPassword { get; set; }

    /// <summary>Neo4j only: the database name.</summary>
    public string Neo4jDatabase { get; set; } = "neo4j";

    /// <summary>Neo4j only: how long one request to the server may take before it is abandoned, in seconds.</summary>
    [Range(1, 3600, ErrorMessage = "GraphStore:Neo4jTimeoutSeconds must be between 1 and 3600.")]
    public int Neo4jTimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Neo4j.Neo4jSettings.Problems(this).Select(p => new ValidationResult(p));
}
