using System.ComponentModel.DataAnnotations;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Every limit the GraphQL API enforces, bound from the "GraphQL:Limits" configuration section and validated at
/// start. The values and how they were chosen are in docs/security.md ("API limits").
/// </summary>
public sealed class GraphQLLimits : IValidatableObject
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest nesting of fields with sub-selections (<c>{ member { organisation { name } } }</c> is 2).</summary>
    [Range(1, 64)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Highest estimated cost (see <see cref="QueryCost"/>): roughly the most values a response can hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 5_000;

    /// <summary>Most aliased fields in one document.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most field selections in one operation, counting a fragment once for every place it is spread.</summary>
    [Range(1, 100_000)]
    public int MaxFields { get; set; } = 500;

    /// <summary>Most lexical tokens (names, punctuation, values; comments not counted) in one document.</summary>
    [Range(1, 1_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Longest string in any argument or variable value, in UTF-16 code units.</summary>
    [Range(1, 1_000_000)]
    public int MaxStringLength { get; set; } = 1_000;

    /// <summary>How long one request may run (validation and execution); the store calls are cancelled after it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether anonymous callers may use introspection (<c>__schema</c>, <c>__type</c>). Signed-in callers and the
    /// Development environment always may; the SDL is published at /graphql/schema.graphql either way.
    /// </summary>
    public bool AnonymousIntrospection { get; set; }

    /// <summary>Per-caller request rate on <c>/graphql</c>.</summary>
    public RateLimitSettings RateLimit { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // DataAnnotations does not descend into nested objects by itself.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(
            $"{Section}:{nameof(RateLimit)}: {r.ErrorMessage}", r.MemberNames.Select(m => $"{nameof(RateLimit)}.{m}")));
    }
}

/// <summary>
/// A token bucket per caller: a caller may send <see cref="TokenLimit"/> requests at once, and gets
/// <see cref="TokensPerPeriod"/> more every <see cref="ReplenishmentPeriod"/>. The defaults allow a burst of 120 and
/// 600 requests a minute sustained.
/// </summary>
public sealed class RateLimitSettings
{
    [Range(1, int.MaxValue)]
    public int TokenLimit { get; set; } = 120;

    [Range(1, int.MaxValue)]
    public int TokensPerPeriod { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
