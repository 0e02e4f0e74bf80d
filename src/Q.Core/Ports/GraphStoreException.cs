namespace Q.Core.Ports;

/// <summary>
/// The graph store cannot do what was asked for a reason the operator can fix: the data folder is not a
/// database, was written by a newer Q, cannot be created, or the engine cannot be reached. Engines translate
/// their own errors into this at their edge, so callers never see an engine's exception types.
/// <see cref="Code"/> is the engine's own error code when it gave one (Neo4j: e.g. <c>Neo.ClientError.Statement.SyntaxError</c>).
/// </summary>
public sealed class GraphStoreException(string message, Exception? inner = null, string? code = null) : Exception(message, inner)
{
    public string? Code { get; } = code;
}
