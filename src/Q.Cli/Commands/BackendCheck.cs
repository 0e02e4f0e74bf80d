using System.Diagnostics;
using System.Net.Sockets;
using Q.Core.Ports;
using Q.Graph;
using Q.Search;

namespace Q.Cli.Commands;

/// <summary>A server Q depends on: what to call it in messages, its address (never credentials) and how to ping it.</summary>
internal sealed record Backend(string Name, string Address, Func<CancellationToken, Task<bool>> PingAsync);

/// <summary>
/// Before <c>q serve</c> opens anything, checks that the configured servers answer, so that a wrong address or a
/// server that is down is one line naming it, well within 30 seconds, instead of a start that hangs on the engine's
/// own (long) request timeout or fails later with a stack trace. Servers that are still starting (containers
/// started together) get a few tries with backoff. Embedded engines are not checked here: they open their files
/// at start, and a failure there is already a clear message.
/// </summary>
internal static class BackendCheck
{
    /// <summary>Everything together, diagnosis included, stays below this: q serve fails within 30 s.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    /// <summary>One ping; a server that answers at all answers a ping in milliseconds.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public static IReadOnlyList<Backend> Servers(IGraphStore graph, GraphStoreOptions graphOptions, ISearchIndex search, SearchIndexOptions searchOptions)
    {
        var servers = new List<Backend>();
        if (graphOptions.Engine == "neo4j") servers.Add(new Backend("Neo4j", Display(graphOptions.Neo4jUrl), graph.PingAsync));
        if (searchOptions.Engine == "elasticsearch") servers.Add(new Backend("Elasticsearch", Display(searchOptions.ElasticsearchUrl), search.PingAsync));
        return servers;
    }

    /// <summary>Throws a <see cref="CliException"/> naming every server that did not answer.</summary>
    public static async Task EnsureReachableAsync(IReadOnlyList<Backend> servers, CancellationToken ct)
    {
        var problems = (await Task.WhenAll(servers.Select(s => ProblemAsync(s, ct)))).OfType<string>().ToList();
        if (problems.Count > 0) throw new CliException(string.Join("; ", problems));
    }

    private static async Task<string?> ProblemAsync(Backend server, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var tries = 0;
        bool? answered;
        while (true)
        {
            tries++;
            answered = await PingOnceAsync(server, ct);
            if (answered == true) return null;
            if (tries > Backoff.Length || clock.Elapsed + Backoff[tries - 1] + AttemptTimeout * 2 > Budget) break;
            await Task.Delay(Backoff[tries - 1], ct);
        }
        var why = await DiagnoseAsync(server, timedOut: answered is null, ct);
        return $"{server.Name} at {server.Address} cannot be reached: {why} ({tries} tries in {clock.Elapsed.TotalSeconds:0.0} s)";
    }

    /// <summary>True: it answered; false: it said no or failed; null: no answer within <see cref="AttemptTimeout"/>.</summary>
    private static async Task<bool?> PingOnceAsync(Backend server, CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(AttemptTimeout);
        try
        {
            // Some clients turn a cancelled request into a plain failure: the clock says whether it was the timeout.
            if (await server.PingAsync(attempt.Token)) return true;
            return attempt.IsCancellationRequested ? null : false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A ping reports failure as false; an engine that throws instead (or times out) has not answered either.
            return false;
        }
    }

    /// <summary>
    /// Why the pings failed, in the words an operator acts on: the engines' pings only say no, so this opens a plain
    /// TCP connection to tell a wrong host or port from a server that answers, but not as expected.
    /// </summary>
    private static async Task<string> DiagnoseAsync(Backend server, bool timedOut, CancellationToken ct)
    {
        if (!Uri.TryCreate(server.Address, UriKind.Absolute, out var uri)) return "the address is not a URL";
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(AttemptTimeout);
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(uri.DnsSafeHost, uri.Port, attempt.Token);
            return timedOut
                ? $"it accepts connections but did not answer within {AttemptTimeout.TotalSeconds:0} s (is it still starting, or overloaded?)"
                : $"it accepts connections but did not answer as {server.Name} (check the address, the credentials and the server's log)";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {AttemptTimeout.TotalSeconds:0} s";
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"host '{uri.Host}' not found",
                SocketError.TimedOut => "connection timed out",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
                _ => e.Message,
            };
        }
    }

    /// <summary>A server address as shown to people: scheme, host, port and path; never user info, query or fragment.</summary>
    public static string Display(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.AbsolutePath.TrimEnd('/')}"
            : "(no address configured)";
}
