using Microsoft.AspNetCore.Http;
using Q.Core.Ports;

namespace Q.GraphQL.Http;

/// <summary>
/// Liveness and readiness for orchestrators: <c>/healthz</c> says the process answers (never touches the store,
/// so a slow store does not get the process restarted); <c>/readyz</c> says whether the graph store answers.
/// </summary>
public static class HealthEndpoints
{
    public static IResult Alive() => Results.Json(new { status = "alive" });

    public static async Task<IResult> ReadyAsync(IGraphStore store, CancellationToken ct)
    {
        var ready = await store.PingAsync(ct);
        return Results.Json(
            new { status = ready ? "ready" : "not-ready", graph = new { engine = store.Engine, ready } },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
