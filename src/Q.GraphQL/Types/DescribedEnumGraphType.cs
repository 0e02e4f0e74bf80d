using GraphQL.Types;

namespace Q.GraphQL.Types;

/// <summary>
/// An enum graph type whose values carry descriptions. The domain enums live in Q.Core, which knows nothing of
/// GraphQL, so the words for each value are given here rather than as attributes there.
/// </summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : Enum
{
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
            value.Description = values.TryGetValue((TEnum)value.Value!, out var text) ? text : null;
    }
}
