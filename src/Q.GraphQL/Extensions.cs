using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Q.Core.Ports;
using Q.GraphQL.Errors;
using Q.Core.Privacy;
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
            // Depth bounds how much one request can ask for; the deepest useful query today is about 8.
            .AddComplexityAnalyzer(c => c.MaxDepth = 15));
        builder.AddQAuthentication();
        builder.Services.AddSingleton<ProfileEditor>();
        builder.Services.AddSingleton<MemberErasure>();
        builder.Services.AddSingleton<PersonalDataExport>();
        builder.Services.AddSingleton<GraphQLEndpoint>();
        builder.Services.AddSingleton<SchemaEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>/graphql</c> (POST and GET), <c>/graphql/schema.graphql</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static WebApplication MapQGraphQL(this WebApplication app)
    {
        app.MapPost("/graphql", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.PostAsync(http));
        app.MapGet("/graphql", (HttpContext http, GraphQLEndpoint endpoint) => endpoint.GetAsync(http));
        app.MapGet("/graphql/schema.graphql", (SchemaEndpoint endpoint) => endpoint.Get());
        app.MapGet("/healthz", HealthEndpoints.Alive);
        app.MapGet("/readyz", (IGraphStore store, HttpContext http) => HealthEndpoints.ReadyAsync(store, http.RequestAborted));
        return app;
    }
}
