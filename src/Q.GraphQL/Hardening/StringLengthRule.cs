using System.Collections;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Refuses any string longer than <see cref="GraphQLLimits.MaxStringLength"/> in an argument literal (also inside
/// input objects and lists) or anywhere in the variables, naming the argument or variable and never echoing the value.
/// An argument that needs a tighter bound (a search box) checks it in its resolver as well. Inputs that carry
/// long prose (a profile's bio) get <see cref="LongText"/> instead; their own fields are bounded by Q.Core's rules.
/// </summary>
public sealed class StringLengthRule(IOptions<GraphQLLimits> limits) : ValidationRuleBase
{
    /// <summary>Input types whose strings may be long prose, and the bound for them (a bio's maximum).</summary>
    public static readonly IReadOnlySet<string> LongTextInputs = new HashSet<string> { "ProfileInput" };

    public const int LongText = Q.Core.Model.Validation.MaxTextLength;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxStringLength;
        var variableTypes = context.Operation?.Variables?.Items.ToDictionary(v => v.Variable.Name.StringValue, v => NamedType(v.Type)) ?? [];
        foreach (var (name, value) in context.Variables)
        {
            var limit = variableTypes.TryGetValue(name, out var type) && LongTextInputs.Contains(type) ? LongText : max;
            if (Longest(value) > limit)
                context.ReportError(new InputTooLongError("$" + name,
                    $"Variable '${Truncated(name)}' holds a string longer than {limit:N0} characters."));
        }
        // A default written in the document is a value too.
        foreach (var definition in context.Operation?.Variables?.Items ?? [])
        {
            var limit = LongTextInputs.Contains(NamedType(definition.Type)) ? LongText : max;
            if (definition.DefaultValue is { } value && Longest(value) > limit)
                context.ReportError(new InputTooLongError("$" + definition.Variable.Name.StringValue,
                    $"Variable '${Truncated(definition.Variable.Name.StringValue)}' has a default longer than {limit:N0} characters."));
        }
        return new(new MatchingNodeVisitor<GraphQLArgument>((argument, ctx) =>
        {
            var limit = ctx.TypeInfo.GetArgument()?.ResolvedType?.GetNamedType().Name is { } t && LongTextInputs.Contains(t) ? LongText : max;
            if (Longest(argument.Value) > limit)
            {
                var name = argument.Name.StringValue;
                ctx.ReportError(new InputTooLongError(name, $"Argument '{name}' is longer than {limit:N0} characters."));
            }
        }));
    }

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => NamedType(n.Type),
        GraphQLListType l => NamedType(l.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => "",
    };

    /// <summary>The longest string in a literal value.</summary>
    private static int Longest(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => s.Value.Length,
        GraphQLListValue { Values: { } values } => values.Count == 0 ? 0 : values.Max(Longest),
        GraphQLObjectValue { Fields: { } fields } => fields.Count == 0 ? 0 : fields.Max(f => Longest(f.Value)),
        _ => 0,
    };

    /// <summary>The longest string in a variable value as deserialised from JSON (strings, objects, arrays).</summary>
    private static int Longest(object? value) => value switch
    {
        string s => s.Length,
        IDictionary<string, object?> map => map.Count == 0 ? 0 : Math.Max(map.Keys.Max(k => k.Length), map.Values.Max(Longest)),
        IEnumerable list => list.Cast<object?>().Select(Longest).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static string Truncated(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
