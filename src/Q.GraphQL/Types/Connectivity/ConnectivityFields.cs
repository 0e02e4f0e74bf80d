using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Analytics;
using Q.Core.Ports;
using Q.GraphQL.Access;
using Q.GraphQL.Errors;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>
/// <c>connectivity</c> (computed now from the graph) and <c>connectivityHistory</c> (kept snapshots), for evaluators
/// and administrators. Each answer goes through <see cref="ConnectivityAccess.View"/>, which decides what the caller sees.
/// </summary>
public static class ConnectivityFields
{
    public static void AddConnectivityFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectivityReportGraphType>>("connectivity")
            .Description("Connectivity figures of the (filtered) network, computed now (evaluators and administrators). Evaluators see members by pseudonym unless their token grants names, and groups of fewer than 5 members withheld.")
            .Argument<NetworkFilterInputGraphType>("filter", "Which part of the network (none: everyone).")
            .ResolveAsync(async c =>
            {
                ConnectivityAccess.Require(c);
                var filter = c.GetArgument<NetworkFilter?>("filter") ?? NetworkFilter.None;
                var report = await Services(c).GetRequiredService<ConnectivityCache>().GetAsync(filter, c.Viewer().Audience, c.CancellationToken);
                return await ViewAsync(c, report, report.ComputedAt);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectivitySnapshotGraphType>>>>("connectivityHistory")
            .Description("Kept connectivity snapshots (q metrics --snapshot), oldest first (evaluators and administrators), seen as connectivity is.")
            .Argument<NetworkFilterInputGraphType>("filter", "Only snapshots of exactly this filter (its asOf ignored); omitted: every snapshot.")
            .Argument<DateGraphType>("from", "Only snapshots at or after the start of this day (UTC).")
            .Argument<DateGraphType>("to", "Only snapshots up to the end of this day (UTC).")
            .WithListSize(12)
            .ResolveAsync(async c =>
            {
                ConnectivityAccess.Require(c);
                var filter = c.GetArgument<NetworkFilter?>("filter");
                var from = c.GetArgument<DateOnly?>("from");
                var to = c.GetArgument<DateOnly?>("to");
                if (from > to) throw new BadUserInputError("from", "from is after to.");
                var store = Services(c).GetRequiredService<IGraphStore>();
                var snapshots = await store.GetSnapshotsAsync(filter,
                    from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    to is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null,
                    c.CancellationToken);
                var views = new List<ConnectivityView>(snapshots.Count);
                foreach (var snapshot in snapshots) views.Add(await ViewAsync(c, snapshot.Report, snapshot.At));
                return views;
            });
    }

    private static IServiceProvider Services(IResolveFieldContext c) =>
        c.RequestServices ?? throw new InvalidOperationException("request services missing");

    private static async Task<ConnectivityView> ViewAsync(IResolveFieldContext c, ConnectivityReport report, DateTimeOffset at)
    {
        var viewer = c.Viewer();
        var services = Services(c);
        IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();
        if (viewer.SeesMemberNames)
        {
            var members = await c.Loaders().Members(ConnectivityAccess.NamedMembers(report, ConnectivityView.MaxBetweenness)).GetResultAsync(c.CancellationToken);
            names = members.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        }
        return ConnectivityAccess.View(viewer, report, at, services.GetRequiredService<Pseudonyms>(), names);
    }
}
