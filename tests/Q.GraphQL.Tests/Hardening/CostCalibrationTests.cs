using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Q.GraphQL.Hardening;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests.Hardening;

/// <summary>
/// The cost limit must not break real clients: every realistic query is measured with the server's own cost model,
/// must stay under the limits, and must run on a server with the default limits.
/// </summary>
public sealed class CostCalibrationTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    public static TheoryData<string> Names => new(RealisticQueries.All.Select(c => c.Name));

    private static RealisticQueries.Case Find(string name) => RealisticQueries.All.Single(c => c.Name == name);

    private GraphQLLimits Limits => fixture.Server.Services.GetRequiredService<IOptions<GraphQLLimits>>().Value;

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Realistic_query_costs_what_docs_security_md_says_and_stays_under_the_limits(string name)
    {
        var c = Find(name);
        var schema = fixture.Server.Services.GetRequiredService<ISchema>();
        var variables = c.Variables is null ? null
            : fixture.Server.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(JsonSerializer.Serialize(c.Variables));
        var (cost, depth) = await QueryCost.MeasureAsync(schema, c.Query, variables);
        Assert.Equal((c.Cost, c.Depth), (cost, depth));
        Assert.True(cost <= Limits.MaxCost, $"{name}: cost {cost} over the limit {Limits.MaxCost}");
        Assert.True(depth <= Limits.MaxDepth - 3, $"{name}: depth {depth} too close to the limit {Limits.MaxDepth}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Realistic_query_runs_under_the_default_limits(string name)
    {
        var c = Find(name);
        await fixture.Server.DataAsync(c.Query, c.Variables);
    }

    [Fact]
    public void The_dearest_realistic_query_leaves_headroom_and_typical_pages_leave_plenty()
    {
        var costs = RealisticQueries.All.ToDictionary(c => c.Name, c => c.Cost);
        Assert.Equal(5_000, Limits.MaxCost);
        Assert.True(costs.Values.Max() <= Limits.MaxCost * 0.95, "the largest page must fit with some room");
        // Everything but the single largest page costs under a third of the limit.
        Assert.All(costs.Values.Order().SkipLast(1), cost => Assert.True(cost * 3 <= Limits.MaxCost, $"{cost}"));
    }

    [Fact]
    public void Every_list_field_declares_its_size_or_is_a_page()
    {
        var schema = fixture.Server.Services.GetRequiredService<ISchema>();
        var undeclared = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
            foreach (var field in type.Fields)
            {
                if (!QueryCost.IsList(field.ResolvedType) || field.ResolvedType!.GetNamedType() is ScalarGraphType or EnumerationGraphType) continue;
                // Pages: a connection's or a search result's edges, sized by the `first` of the field that returned them.
                var isPage = (type.Name.EndsWith("Connection", StringComparison.Ordinal) || type.Name.EndsWith("SearchResult", StringComparison.Ordinal))
                    && field.Name is "edges" or "nodes";
                if (!isPage && field.GetComplexityImpactDelegate() is null) undeclared.Add($"{type.Name}.{field.Name}");
            }
        Assert.Empty(undeclared);
    }
}
