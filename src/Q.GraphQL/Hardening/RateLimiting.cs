using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Q.GraphQL.Errors;
using Q.GraphQL.Http;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Per-caller rate limiting of <c>/graphql</c> with ASP.NET Core's rate limiter: a token bucket per
/// <see cref="Caller"/>, sized by <see cref="GraphQLLimits.RateLimit"/>. Over the limit a caller gets 429, a
/// <c>Retry-After</c> header in seconds and a GraphQL-shaped body whose error has code RATE_LIMITED.
/// </summary>
public static class RateLimiting
{
    public const string Policy = "graphql-per-caller";

    public static IServiceCollection AddQRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value.RateLimit;
                return RateLimitPartition.GetTokenBucketLimiter(Caller.Of(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.TokenLimit,
                    TokensPerPeriod = settings.TokensPerPeriod,
                    ReplenishmentPeriod = settings.ReplenishmentPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = RejectAsync;
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value.RateLimit;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : settings.ReplenishmentPeriod;
        var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));

        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimiting))
            .LogInformation("Rate limited {Caller} on {Path}; retry after {Seconds} s",
                LogText.Clean(Caller.Of(http)), LogText.Clean(http.Request.Path.Value), seconds);

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept) ?? MediaTypes.Json;
        http.Response.ContentType = new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(new RateLimitedError(seconds)), ct);
    }
}
