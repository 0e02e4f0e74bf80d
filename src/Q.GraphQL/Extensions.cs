using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Q.Core.Ports;
using Q.GraphQL.Errors;
using Q.GraphQL.Hardening;
using Q.GraphQL.Http;
using Q.GraphQL.Security;

namespace Q.GraphQL;

public static class Extensions
{
    /// <summary>
    /// Registers the schema, the serializer, the error shaping and the endpoints. The caller registers the
    /// <see cref="IGraphStore"/> (e.g. <c>builder.AddGraphStore()</c> from Q.Graph).
    /// </summary>
    public static IHostApplicationBuilder AddQGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(b => b
            .AddSchema<QSchema>()
            .AddGraphTypes(typeof(QSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<QErrorInfoProvider>()
            // Depth, cost, aliases, fields, tokens, string lengths, introspection and the timeout: GraphQLLimits.
            .AddQLimits());
        builder.AddQLimits();
        builder.AddQAuthentication();
        // Member pseudonyms for evaluators, the same as q export-network --pseudonymise writes (the data folder's key).
        builder.Services.AddSingleton(sp => Q.Core.Analytics.Pseudonyms.LoadOrCreate(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Q.Graph.GraphStoreOptions>>().Value.DataDirectory));
        builder.Services.AddOptions<Access.ConnectivityOptions>().BindConfiguration(Access.ConnectivityOptions.Section)
            .Validate(o => o.CacheSeconds >= 0 && o.CacheEntries > 0, "Connectivity: CacheSeconds must be 0 or more, CacheEntries more than 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Access.ConnectivityCache>();
        builder.Services.AddSingleton<GraphQLEndpoint>();
        builder.Services.AddSingleton<SchemaEndpoint>();
        return builder;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (POST and GET, rate-limited per caller), <c>/graphql/schema.graphql</c>, <c>/healthz</c>
    /// and <c>/readyz</c>. The rate limiter runs where this is called: add authentication before it, so a signed-in
    /// caller is limited by subject rather than by address.
    /// </summary>
    public static WebApplication MapQGraphQL(this WebApplication app)
    {
        // Authentication first, so the rate limiter partitions signed-in callers by token subject. A bad token
        // leaves the caller anonymous here; the endpoint then refuses it with 401 (RequestViewer).
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapPost("/graphql", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.PostAsync(http)).RequireRateLimiting(RateLimiting.Policy);
        app.MapGet("/graphql", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.GetAsync(http)).RequireRateLimiting(RateLimiting.Policy);
        app.MapMethods("/graphql", HardeningExtensions.OtherMethods, HardeningExtensions.MethodNotAllowedAsync);
        app.MapGet("/graphql/schema.graphql", (SchemaEndpoint endpoint) => endpoint.Get());
        app.MapGet("/healthz", HealthEndpoints.Alive);
        // The search index is optional here: a host without one (a test, a tool) still has a readiness probe.
        app.MapGet("/readyz", (IGraphStore store, HttpContext http) =>
            HealthEndpoints.ReadyAsync(store, http.RequestServices.GetService<ISearchIndex>(), http.RequestAborted));
        return app;
    }
}
