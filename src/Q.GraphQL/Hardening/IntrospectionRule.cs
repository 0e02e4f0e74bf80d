using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> to anonymous callers outside Development (FORBIDDEN), unless
/// <see cref="GraphQLLimits.AnonymousIntrospection"/> is on. <c>__typename</c> stays allowed: clients need it and it
/// reveals nothing the response does not. The schema stays published as SDL at /graphql/schema.graphql.
/// </summary>
public sealed class IntrospectionRule(IHostEnvironment environment, IOptions<GraphQLLimits> limits) : ValidationRuleBase
{
    public const string Message =
        "Introspection is not available to anonymous callers; the schema is published at /graphql/schema.graphql.";

    private static readonly MatchingNodeVisitor<GraphQLField> Refuse = new((field, context) =>
    {
        if (field.Name.Value == "__schema" || field.Name.Value == "__type")
            context.ReportError(new ForbiddenError(context, field, Message));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(Allowed(context) ? null : Refuse);

    private bool Allowed(ValidationContext context) =>
        environment.IsDevelopment()
        || limits.Value.AnonymousIntrospection
        || context.User?.Identity?.IsAuthenticated == true;
}
