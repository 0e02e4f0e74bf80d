using GraphQL.Types;
using Q.GraphQL.Access;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>The connectivity figures of a (filtered) network, as the caller may see them.</summary>
public sealed class ConnectivityReportGraphType : ObjectGraphType<ConnectivityView>
{
    public ConnectivityReportGraphType()
    {
        Name = "ConnectivityReport";
        Description = "The shape of the (filtered) network of members and their ties, computed now. Figures are defined as NetworkX defines them (docs/metrics.md). Evaluators see members by pseudonym (unless granted names) and groups of fewer than 5 withheld.";
        ConnectivityFigures.Add(this);
    }
}
