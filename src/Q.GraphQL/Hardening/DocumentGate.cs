using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Hardening;

/// <summary>
/// Measures a document before GraphQL.NET sees it: tokens, parser nesting, aliases, and field selections with every
/// fragment counted each time it is spread (without expanding it, so a "fragment bomb" costs us nothing to measure).
/// Some standard validation rules grow faster than linearly with the number of fields (overlapping-fields checks),
/// so floods must be refused before validation, not by it.
/// </summary>
public static class DocumentGate
{
    /// <summary>Parser recursion limit (AST nodes, deeper than field depth): it keeps a nested flood from overflowing the stack.</summary>
    public const int MaxParserDepth = 128;

    private static readonly ParserOptions ParserOptions = new() { Ignore = IgnoreOptions.Comments, MaxDepth = MaxParserDepth };

    /// <summary>
    /// Null when the document is within the limits (<paramref name="document"/> is then the parsed document, or null
    /// when it does not parse: GraphQL.NET then reports the syntax error itself); else the error to send (and
    /// <paramref name="document"/> is not to be used).
    /// </summary>
    public static QueryTooComplexError? Check(string query, GraphQLLimits limits, out GraphQLDocument? document)
    {
        document = null;
        int tokens;
        try
        {
            // Counted first (lexing stops one past the limit) but reported last, so a flood of aliases or fields
            // is told what it is. Parsing is linear and the body is at most 1 MiB.
            tokens = CountTokens(query, limits.MaxTokens);
            document = Parser.Parse(query, ParserOptions);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new QueryTooComplexError(
                "The document is nested too deeply to parse.", "parserDepth", MaxParserDepth + 1, MaxParserDepth);
        }
        catch (GraphQLSyntaxErrorException)
        {
            document = null;
            return null;
        }

        var aliases = 0;
        foreach (var definition in document.Definitions)
            if (definition is IHasSelectionSetNode { SelectionSet: { } set }) aliases += CountAliases(set);
        if (aliases > limits.MaxAliases)
            return new QueryTooComplexError(
                $"The document uses {aliases:N0} aliases; the limit is {limits.MaxAliases:N0}.", "aliases", aliases, limits.MaxAliases);

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var sizes = new Dictionary<string, long>();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var fields = CountFields(operation.SelectionSet, fragments, sizes, []);
            if (fields > limits.MaxFields)
                return new QueryTooComplexError(
                    $"The operation selects {fields:N0} fields (fragments counted where they are spread); the limit is {limits.MaxFields:N0}.",
                    "fields", fields, limits.MaxFields);
        }

        if (tokens > limits.MaxTokens)
            return new QueryTooComplexError(
                $"The document has more than {limits.MaxTokens:N0} tokens.", "tokens", tokens, limits.MaxTokens);
        return null;
    }

    /// <summary>Tokens up to one past <paramref name="stopAfter"/>; comments are not counted.</summary>
    private static int CountTokens(string query, int stopAfter)
    {
        var count = 0;
        var position = 0;
        while (count <= stopAfter)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF) break;
            if (token.Kind != TokenKind.COMMENT) count++;
            position = token.End;
        }
        return count;
    }

    private static int CountAliases(GraphQLSelectionSet set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLField { Alias: not null }) count++;
            if (selection is IHasSelectionSetNode { SelectionSet: { } inner }) count += CountAliases(inner);
        }
        return count;
    }

    /// <summary>
    /// Fields in <paramref name="set"/>, each fragment spread counting its fragment's size (memoised per fragment, so
    /// this is linear in the document). A cycle counts as 0 here; validation rejects it.
    /// </summary>
    private static long CountFields(
        GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> sizes, HashSet<string> visiting)
    {
        long count = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    count++;
                    if (field.SelectionSet is { } inner) count += CountFields(inner, fragments, sizes, visiting);
                    break;
                case GraphQLInlineFragment inline:
                    count += CountFields(inline.SelectionSet, fragments, sizes, visiting);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (sizes.TryGetValue(name, out var known)) { count += known; break; }
                    if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) break;
                    var size = CountFields(fragment.SelectionSet, fragments, sizes, visiting);
                    visiting.Remove(name);
                    sizes[name] = size;
                    count += size;
                    break;
            }
            // Saturate rather than overflow: a fragment bomb can describe astronomically many fields.
            if (count > int.MaxValue) return count;
        }
        return count;
    }
}
