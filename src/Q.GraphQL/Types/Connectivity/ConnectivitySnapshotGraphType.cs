using GraphQL.Types;
using Q.GraphQL.Access;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>A connectivity report kept at a moment (q metrics --snapshot).</summary>
public sealed class ConnectivitySnapshotGraphType : ObjectGraphType<ConnectivityView>
{
    public ConnectivitySnapshotGraphType()
    {
        Name = "ConnectivitySnapshot";
        Description = "A connectivity report kept at a moment, for trends. It keeps every figure and breakdown, and the 100 members of highest betweenness.";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("The moment the figures describe (UTC): the as-of date at midnight when the snapshot was made for one, else when it was made.")
            .Resolve(c => c.Source.At.UtcDateTime);
        ConnectivityFigures.Add(this);
    }
}
