using Microsoft.AspNetCore.Http;
using Q.Core.Ports;

namespace Q.GraphQL.Http;

/// <summary>
/// Liveness and readiness for orchestrators: <c>/healthz</c> says the process answers (never touches a backend,
/// so a slow backend does not get the process restarted); <c>/readyz</c> says whether each backend answers — the
/// graph store and, where one is registered, the search index — by engine name only: addresses can carry
/// credentials and are not a probe's business.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>A ping that takes longer than this counts as not ready: a probe must answer before its own timeout.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(3);

    public static IResult Alive() => Results.Json(new { status = "alive" });

    public static async Task<IResult> ReadyAsync(IGraphStore store, ISearchIndex? search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        // Both at once, so a slow one does not make the probe wait twice.
        var graphReady = PingAsync(store.PingAsync, ct);
        var searchReady = search is null ? Task.FromResult(true) : PingAsync(search.PingAsync, ct);
        var graph = new Backend(store.Engine, await graphReady);
        var index = search is null ? null : new Backend(search.Engine, await searchReady);
        var ready = graph.Ready && (index?.Ready ?? true);
        var status = ready ? "ready" : "not-ready";
        return Results.Json(
            index is null ? new { status, graph } : new { status, graph, search = index },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> PingAsync(Func<CancellationToken, Task<bool>> ping, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PingTimeout);
        try
        {
            return await ping(timeout.Token);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Timed out or failed: either way the backend is not ready; the reason belongs in the logs of the
            // request that needs it, not in an unauthenticated probe.
            return false;
        }
    }

    private sealed record Backend(string Engine, bool Ready);
}
