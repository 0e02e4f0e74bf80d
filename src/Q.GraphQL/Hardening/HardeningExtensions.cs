using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Hardening;

public static class HardeningExtensions
{
    /// <summary>Binds and validates <see cref="GraphQLLimits"/> and registers the per-caller rate limiter.</summary>
    public static IHostApplicationBuilder AddQLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLLimits>()
            .BindConfiguration(GraphQLLimits.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddQRateLimiting();
        return builder;
    }

    /// <summary>
    /// The document cache, the document gate and timeout, the cost and depth analyzer, introspection and string-length rules.
    /// </summary>
    public static IGraphQLBuilder AddQLimits(this IGraphQLBuilder builder) => builder
        .ConfigureExecution<DocumentCache>()
        .ConfigureExecution<RequestGuard>()
        .AddComplexityAnalyzer((options, services) =>
            QueryCost.Configure(options, services.GetRequiredService<IOptions<GraphQLLimits>>().Value))
        .AddValidationRule<IntrospectionRule>()
        .AddValidationRule<StringLengthRule>();

    /// <summary>Methods answered with our own 405 (OPTIONS is left to CORS, should it be added).</summary>
    public static readonly string[] OtherMethods = ["PUT", "PATCH", "DELETE", "HEAD", "TRACE"];

    /// <summary>
    /// Methods other than GET and POST on /graphql: 405 with <c>Allow</c> and a coded body (routing's own 405 has no body).
    /// </summary>
    public static async Task MethodNotAllowedAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        http.Response.Headers.Allow = "GET, POST";
        http.Response.ContentType = "application/json; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body,
            new ExecutionResult(new BadUserInputError(null, "Use POST (or GET for queries) on /graphql.")), http.RequestAborted);
    }
}
