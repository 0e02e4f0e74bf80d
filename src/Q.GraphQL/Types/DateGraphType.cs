using GraphQL.Types;

namespace Q.GraphQL.Types;

/// <summary>A calendar date as ISO 8601 <c>YYYY-MM-DD</c>, named <c>Date</c> as clients expect.</summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date without time or zone, as ISO 8601 `YYYY-MM-DD`.";
    }
}
