using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Analytics;
using Q.Graph.Metrics;
using Q.GraphQL.Tests.Infrastructure;
using Q.Tests.Shared;

namespace Q.GraphQL.Tests.Connectivity;

public sealed class ConnectivityFixture : IAsyncLifetime
{
    public QServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await QServer.StartAsync(MetricsCommunity.JsonLines());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>connectivity and connectivityHistory as each kind of caller sees them.</summary>
public sealed class ConnectivityTests(ConnectivityFixture fixture) : IClassFixture<ConnectivityFixture>
{
    private QServer Server => fixture.Server;

    private const string Everything = """
        query($filter: NetworkFilter) { connectivity(filter: $filter) {
          memberCount connectionCount density averageDegree componentCount largestComponentShare isolateCount
          transitivity averageClustering degreeAssortativity averageShortestPathLength shortestPathsSampled
          regionAssortativity regionEiIndex modularity communityCount suppressed
          degreeDistribution { degree members }
          regionMembers { region members }
          regionTies { from to count }
          mixing { attribute suppressed assortativity eiIndex internalTies externalTies }
          brokers { member name betweenness constraint degree }
          betweenness(first: 100) { member name score }
        } }
        """;

    private string Evaluator(bool names = false) => Server.TokenFor(new Viewer(AccessRole.Evaluator) { NamesGranted = names });

    private string Admin => Server.TokenFor(Viewer.Administrator);

    private static string Code(JsonNode body) => (string)Assert.Single(body["errors"]!.AsArray())!["extensions"]!["code"]!;

    [Fact]
    public async Task History_from_after_to_is_bad_user_input()
    {
        var body = await Server.AsAsync(Admin, "{ connectivityHistory(from: \"2025-01-02\", to: \"2025-01-01\") { at } }");
        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    private async Task<JsonNode> ConnectivityAs(string? token, object? filter = null)
    {
        var body = await Server.AsAsync(token, Everything, new { filter });
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["connectivity"]!;
    }

    [Theory]
    [InlineData("{ connectivity { memberCount } }")]
    [InlineData("{ connectivityHistory { at memberCount } }")]
    public async Task Anonymous_callers_are_unauthenticated_and_members_and_employers_forbidden(string query)
    {
        Assert.Equal("UNAUTHENTICATED", Code(await Server.AsAsync(null, query)));
        Assert.Equal("FORBIDDEN", Code(await Server.AsAsync(Server.TokenFor(Viewer.ForMember("w01")), query)));
        Assert.Equal("FORBIDDEN", Code(await Server.AsAsync(Server.TokenFor(Viewer.ForEmployer("org-big")), query)));
        Assert.Equal("FORBIDDEN", Code(await Server.AsAsync(Server.TokenFor(new Viewer(AccessRole.Panel, RegionId: "wales")), query)));
    }

    [Fact]
    public async Task An_evaluators_answer_holds_no_real_member_id_name_email_or_phone()
    {
        var body = await Server.AsAsync(Evaluator(), Everything);
        var text = body.ToJsonString();
        Assert.True(body["errors"] is null, text);
        foreach (var id in MetricsCommunity.AllIds)
        {
            Assert.DoesNotContain($"\"{id}\"", text);
            Assert.DoesNotContain(MetricsCommunity.NameOf(id), text);
        }
        Assert.DoesNotContain("@mail.example", text);
        Assert.DoesNotContain("Person", text);
        var connectivity = body["data"]!["connectivity"]!;
        var members = connectivity["betweenness"]!.AsArray().Select(m => (string)m!["member"]!).ToList();
        Assert.Equal(15, members.Count);
        Assert.All(members, m => Assert.Matches("^p-[a-z2-7]{16}$", m));
        Assert.All(connectivity["brokers"]!.AsArray(), b => Assert.Null(b!["name"]));
    }

    [Fact]
    public async Task An_evaluators_pseudonyms_are_the_exports_so_the_two_can_be_joined()
    {
        var admin = await ConnectivityAs(Admin);
        var evaluator = await ConnectivityAs(Evaluator());
        var pseudonyms = Pseudonyms.LoadOrCreate(Server.DataDirectory);
        var expected = admin["betweenness"]!.AsArray().Select(m => (pseudonyms.Of((string)m!["member"]!), (double)m["score"]!)).ToList();
        var actual = evaluator["betweenness"]!.AsArray().Select(m => ((string)m!["member"]!, (double)m["score"]!)).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_region_of_three_is_withheld_from_an_evaluator_but_shown_to_an_admin()
    {
        var admin = await ConnectivityAs(Admin);
        var evaluator = await ConnectivityAs(Evaluator());

        int? WalesMembers(JsonNode report) => (int?)report["regionMembers"]!.AsArray().Single(r => (string)r!["region"]! == "wales")!["members"];
        Assert.Equal(3, WalesMembers(admin));
        Assert.Null(WalesMembers(evaluator));
        Assert.Equal(12, (int?)evaluator["regionMembers"]!.AsArray().Single(r => (string)r!["region"]! == "wessex")!["members"]);

        // Every tie count touching Wales is withheld; Wessex's own ties are shown.
        Assert.All(evaluator["regionTies"]!.AsArray().Where(t => (string)t!["from"]! == "wales" || (string)t!["to"]! == "wales"), t => Assert.Null(t!["count"]));
        Assert.Equal(14, (int?)evaluator["regionTies"]!.AsArray().Single(t => (string)t!["from"]! == "wessex" && (string)t["to"]! == "wessex")!["count"]);
        Assert.Contains(admin["regionTies"]!.AsArray(), t => (string)t!["from"]! == "wales" && (string)t["to"]! == "wales" && (int)t["count"]! == 2);

        // Region, organisation and organisation type each have a group of 3: their mixing is withheld, role's is not.
        JsonNode Mixing(JsonNode report, string attribute) => report["mixing"]!.AsArray().Single(m => (string)m!["attribute"]! == attribute)!;
        foreach (var attribute in new[] { "region", "organisation", "organisationType" })
        {
            Assert.True((bool)Mixing(evaluator, attribute)["suppressed"]!);
            Assert.Null(Mixing(evaluator, attribute)["eiIndex"]);
            Assert.False((bool)Mixing(admin, attribute)["suppressed"]!);
            Assert.NotNull(Mixing(admin, attribute)["eiIndex"]);
        }
        Assert.False((bool)Mixing(evaluator, "role")["suppressed"]!);
        Assert.NotNull(Mixing(evaluator, "role")["internalTies"]);
        Assert.Null(evaluator["regionAssortativity"]);
        Assert.NotNull(admin["regionEiIndex"]);

        // Degree buckets under 5 members are withheld (degree 2 holds 10 members, the rest fewer).
        Assert.All(evaluator["degreeDistribution"]!.AsArray(), d => Assert.Equal((int)admin["degreeDistribution"]!.AsArray().Single(a => (int)a!["degree"]! == (int)d!["degree"]!)!["members"]! < 5, d!["members"] is null));
        Assert.True((bool)evaluator["suppressed"]!);
        Assert.False((bool)admin["suppressed"]!);
        // The overall figures are the same for both.
        Assert.Equal((int)admin["memberCount"]!, (int)evaluator["memberCount"]!);
        Assert.Equal((double)admin["density"]!, (double)evaluator["density"]!);
    }

    [Fact]
    public async Task An_evaluator_filtering_to_fewer_than_five_members_gets_overall_figures_only()
    {
        var evaluator = await ConnectivityAs(Evaluator(), new { region = "wales" });
        Assert.Equal(3, (int)evaluator["memberCount"]!);
        Assert.Empty(evaluator["betweenness"]!.AsArray());
        Assert.Empty(evaluator["brokers"]!.AsArray());
        Assert.Empty(evaluator["regionMembers"]!.AsArray());
        Assert.Empty(evaluator["degreeDistribution"]!.AsArray());
        Assert.All(evaluator["mixing"]!.AsArray(), m => Assert.True((bool)m!["suppressed"]!));

        var admin = await ConnectivityAs(Admin, new { region = "wales" });
        Assert.Equal(3, admin["betweenness"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_admin_and_an_evaluator_granted_names_see_ids_and_names()
    {
        foreach (var token in new[] { Admin, Evaluator(names: true) })
        {
            var report = await ConnectivityAs(token);
            var members = report["betweenness"]!.AsArray().Select(m => ((string)m!["member"]!, (string?)m["name"])).ToList();
            Assert.Equal(15, members.Count);
            Assert.All(members, m => Assert.Equal(MetricsCommunity.NameOf(m.Item1), m.Item2));
            Assert.All(report["brokers"]!.AsArray(), b => Assert.Equal(MetricsCommunity.NameOf((string)b!["member"]!), (string?)b["name"]));
        }
    }

    [Fact]
    public async Task The_figures_are_the_analytics_figures_with_undefined_ones_null()
    {
        var admin = await ConnectivityAs(Admin, new { asOf = "2022-12-31" });
        var expected = await Server.Services.GetRequiredService<NetworkAnalytics>().ReportAsync(new NetworkFilter(AsOf: new DateOnly(2022, 12, 31)));
        Assert.Equal(expected.MemberCount, (int)admin["memberCount"]!);
        Assert.Equal(MetricsCommunity.TiesBy2022, (int)admin["connectionCount"]!);
        Assert.Equal(expected.ComponentCount, (int)admin["componentCount"]!);
        Assert.Equal(expected.Density, (double)admin["density"]!, 12);
        Assert.Equal(expected.Transitivity, (double?)admin["transitivity"] ?? double.NaN, 12);
        foreach (var (name, value) in new[] { ("degreeAssortativity", expected.DegreeAssortativity), ("modularity", expected.Modularity), ("averageClustering", expected.AverageClustering) })
        {
            if (double.IsNaN(value)) Assert.Null(admin[name]);
            else Assert.Equal(value, (double)admin[name]!, 12);
        }
    }

    [Fact]
    public async Task A_report_is_computed_once_per_filter_and_reused_for_every_caller_each_seeing_their_view()
    {
        const string query = "query($filter: NetworkFilter) { connectivity(filter: $filter) { computedAt brokers { member } } }";
        var filter = new { role = "MANAGER" };
        var first = (await Server.AsAsync(Admin, query, new { filter }))["data"]!["connectivity"]!;
        var again = (await Server.AsAsync(Evaluator(), query, new { filter }))["data"]!["connectivity"]!;
        Assert.Equal((string)first["computedAt"]!, (string)again["computedAt"]!);
        Assert.All(first["brokers"]!.AsArray(), b => Assert.Contains((string)b!["member"]!, MetricsCommunity.AllIds));
        Assert.All(again["brokers"]!.AsArray(), b => Assert.StartsWith("p-", (string)b!["member"]!));
    }

    [Fact]
    public async Task A_topic_filter_counts_for_an_evaluator_only_members_whose_topics_are_public()
    {
        var evaluator = await ConnectivityAs(Evaluator(), new { topic = "qi" });
        var admin = await ConnectivityAs(Admin, new { topic = "qi" });
        Assert.Equal(7, (int)evaluator["memberCount"]!);
        Assert.Equal(8, (int)admin["memberCount"]!);
        Assert.DoesNotContain(Pseudonyms.LoadOrCreate(Server.DataDirectory).Of("w02"), evaluator.ToJsonString());
        Assert.Contains(admin["betweenness"]!.AsArray(), m => (string)m!["member"]! == "w02");
    }

    [Fact]
    public async Task History_lists_snapshots_over_time_filtered_by_filter_and_dates()
    {
        var store = Server.Services.GetRequiredService<IGraphStore>();
        var analytics = Server.Services.GetRequiredService<NetworkAnalytics>();
        var wessex = new NetworkFilter(RegionId: "wessex");
        foreach (var (filter, asOf) in new[] { (wessex, new DateOnly(2022, 1, 1)), (wessex, new DateOnly(2024, 1, 1)), (NetworkFilter.None, new DateOnly(2023, 1, 1)) })
            await store.SaveSnapshotAsync((await Reports.ComputeAsync(analytics, filter with { AsOf = asOf })).Report);

        const string query = """
            query($filter: NetworkFilter, $from: Date, $to: Date) { connectivityHistory(filter: $filter, from: $from, to: $to) {
              at memberCount connectionCount regionMembers { region members } betweenness(first: 3) { member }
            } }
            """;
        var series = (await Server.AsAsync(Evaluator(), query, new { filter = new { region = "wessex" } }))["data"]!["connectivityHistory"]!.AsArray();
        Assert.Equal(["2022-01-01T00:00:00Z", "2024-01-01T00:00:00Z"], series.Select(s => ((string)s!["at"]!)[..10] + "T00:00:00Z"));
        Assert.Equal([12, 14], series.Select(s => (int)s!["connectionCount"]!));
        Assert.All(series, s => Assert.All(s!["betweenness"]!.AsArray(), m => Assert.StartsWith("p-", (string)m!["member"]!)));

        var all = (await Server.AsAsync(Admin, query))["data"]!["connectivityHistory"]!.AsArray();
        Assert.Equal([12, 15, 12], all.Select(s => (int)s!["memberCount"]!));
        var bounded = (await Server.AsAsync(Admin, query, new { from = "2022-01-01", to = "2023-01-01" }))["data"]!["connectivityHistory"]!.AsArray();
        Assert.Equal(2, bounded.Count);
        // The snapshot of everyone still withholds Wales (3 members) from the evaluator, as connectivity does.
        var everyone = (await Server.AsAsync(Evaluator(), query, new { filter = new { } }))["data"]!["connectivityHistory"]!.AsArray();
        Assert.Null(Assert.Single(everyone)!["regionMembers"]!.AsArray().Single(r => (string)r!["region"]! == "wales")!["members"]);
    }
}
