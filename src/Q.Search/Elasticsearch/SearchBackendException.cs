namespace Q.Search.Elasticsearch;

/// <summary>
/// The search backend could not do what was asked: unreachable, refusing the request, or answering with an error.
/// The message names the backend and its address (never credentials) so an operator can act on it; the engine's
/// own exception, if any, is the inner exception.
/// </summary>
public sealed class SearchBackendException(string message, Exception? inner = null) : Exception(message, inner);
