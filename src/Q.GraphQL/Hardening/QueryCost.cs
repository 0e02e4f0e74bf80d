using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using Q.Core.Ports;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Hardening;

/// <summary>
/// The cost model, run by GraphQL.NET's complexity analyzer before execution. A query's cost estimates the most
/// values its response can hold: every field costs 1, times how many of its parent objects there can be. A member
/// connection's <c>edges</c>/<c>nodes</c> multiply by the page size asked for (<c>first</c>, default 20, capped at
/// 100, as the resolvers cap it); a plain list multiplies by its typical size from <see cref="ListSizes"/>, declared
/// on the field with <see cref="WithListSize{TSource,TReturn}"/>. Introspection costs nothing (it never touches the
/// store, and only signed-in callers or development get it).
/// </summary>
public static class QueryCost
{
    /// <summary>Typical sizes of the plain (unpaged) lists, the multipliers of their children.</summary>
    public static class ListSizes
    {
        public const double MemberTopics = 8;
        public const double ProjectTopics = 3;
        public const double ResourceTopics = 3;
        public const double Projects = 5;
        public const double Resources = 5;
        public const double ProjectMembers = 8;
        public const double Authors = 3;
        public const double Narrower = 10;
        public const double Regions = 18;
        public const double OrganisationSkills = 30;
        public const double Levels = 3;
        public const double SkilledMembers = 20;

        /// <summary>A list field that declared no size (a test keeps this from happening).</summary>
        public const double Undeclared = 20;
    }

    /// <summary>Declares a plain list field's typical size: the field costs 1 and its children cost <paramref name="size"/> times.</summary>
    public static FieldBuilder<TSource, TReturn> WithListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double size) =>
        field.WithComplexityImpact(1, size);

    /// <summary>The estimate for fields that declared none: objects and scalars 1, connection pages by <c>first</c>.</summary>
    public static FieldComplexityResult Estimate(FieldImpactContext context)
    {
        var field = context.FieldDefinition;
        if (field.Name is "__schema" or "__type") return new(0, 1);
        if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection reads the in-memory schema, never the store: free, except that the type graph is cyclic
            // (type → fields → type → fields …), so nesting its lists a third time is priced out, as graphql-js's
            // MaxIntrospectionDepthRule refuses it. The standard introspection query nests them once.
            if (IsTypeGraphList(context) && CountTypeGraphAncestors(context) >= 2) return new(CyclicIntrospectionCost, 0);
            return new(0, 1);
        }
        if (!IsList(field.ResolvedType)) return new(1, 1);
        // edges/nodes of a connection: as many as the page holds.
        if (context.Parent is { } parent && parent.FieldDefinition.Arguments?.Find("first") is not null)
            return new(1, PageSize(parent.Arguments));
        return new(1, ListSizes.Undeclared);
    }

    /// <summary>What nesting introspection's type-graph lists three deep costs: over any sensible limit.</summary>
    public const double CyclicIntrospectionCost = 1_000_000_000;

    /// <summary>Extra depth allowed to an operation that only introspects (the standard introspection query is 13 deep).</summary>
    public const int IntrospectionDepthAllowance = 3;

    // Recognised by field name and introspection result type: a parent's context does not carry its ParentType.
    private static bool IsTypeGraphList(FieldImpactContext context) =>
        context.FieldDefinition.Name is "fields" or "inputFields" or "interfaces" or "possibleTypes"
        && context.FieldDefinition.ResolvedType?.GetNamedType().Name is "__Field" or "__InputValue" or "__Type";

    private static int CountTypeGraphAncestors(FieldImpactContext context)
    {
        var count = 0;
        for (var parent = context.Parent; parent is { } p; parent = p.Parent)
            if (IsTypeGraphList(p)) count++;
        return count;
    }

    /// <summary>Whether every root field of the operation is an introspection field.</summary>
    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue is "__schema" or "__type" or "__typename");

    /// <summary>The page size the resolvers will use for these arguments: <c>first</c> or 20, at most 100, at least 0.</summary>
    public static double PageSize(IDictionary<string, ArgumentValue>? arguments) =>
        arguments is not null && arguments.TryGetValue("first", out var first) && first.Value is int n
            ? Math.Clamp(n, 0, PageRequest.MaxSize)
            : PageRequest.DefaultSize;

    public static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>Configures GraphQL.NET's analyzer with this model and the depth and cost limits.</summary>
    public static void Configure(ComplexityOptions options, GraphQLLimits limits)
    {
        options.DefaultComplexityImpactDelegate = Estimate;
        // The limits are checked here rather than through MaxDepth/MaxComplexity so the error is ours.
        options.ValidateComplexityDelegate = context =>
        {
            var cost = (long)Math.Ceiling(context.TotalImpact);
            if (cost > limits.MaxCost)
                context.Error = new QueryTooComplexError(
                    $"The query's estimated cost is {cost:N0}; the limit is {limits.MaxCost:N0}. Ask for smaller pages (first) or fewer nested lists.",
                    "cost", cost, limits.MaxCost);
            else if (context.MaxDepth > MaxDepthFor(context.ValidationContext.Operation, limits))
                context.Error = new QueryTooComplexError(
                    $"The query is nested {context.MaxDepth} levels deep; the limit is {MaxDepthFor(context.ValidationContext.Operation, limits)}.",
                    "depth", context.MaxDepth, MaxDepthFor(context.ValidationContext.Operation, limits));
            return Task.CompletedTask;
        };
    }

    private static int MaxDepthFor(GraphQLOperationDefinition operation, GraphQLLimits limits) =>
        IsIntrospectionOnly(operation) ? limits.MaxDepth + IntrospectionDepthAllowance : limits.MaxDepth;

    /// <summary>
    /// The cost and depth of one operation under this model, as the server computes them (GraphQL.NET's own
    /// analyzer, after the standard validation rules): for tests and for measuring real queries.
    /// </summary>
    public static async Task<(long Cost, int Depth)> MeasureAsync(ISchema schema, string query, Inputs? variables = null)
    {
        double cost = 0;
        var depth = 0;
        var options = new ComplexityOptions
        {
            DefaultComplexityImpactDelegate = Estimate,
            ValidateComplexityDelegate = context =>
            {
                cost = context.TotalImpact;
                depth = context.MaxDepth;
                return Task.CompletedTask;
            },
        };
        var document = Parser.Parse(query);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(options)),
            Variables = variables ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = null,
            User = null,
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
        });
        if (!result.IsValid)
            throw new ArgumentException("invalid query: " + string.Join("; ", result.Errors.Select(e => e.Message)), nameof(query));
        return ((long)Math.Ceiling(cost), depth);
    }
}
