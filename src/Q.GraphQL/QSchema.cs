using GraphQL.Types;
using Q.GraphQL.Types;

namespace Q.GraphQL;

/// <summary>Q's GraphQL schema: read-only for now, so only a Query root.</summary>
public sealed class QSchema : Schema
{
    public QSchema(IServiceProvider services, QueryGraphType query) : base(services)
    {
        Description = "The Q community graph: members, organisations, topics, projects and resources, and how they connect.";
        Query = query;
    }
}
