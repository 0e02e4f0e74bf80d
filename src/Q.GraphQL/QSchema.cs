using GraphQL.Types;
using Q.GraphQL.Types;

namespace Q.GraphQL;

/// <summary>Q's GraphQL schema: queries over the graph, and self-service and administrative mutations.</summary>
public sealed class QSchema : Schema
{
    public QSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Description = "The Q community graph: members, organisations, topics, projects and resources, and how they connect.";
        Query = query;
        Mutation = mutation;
    }
}
