using GraphQL.Types;
using Q.Core.Search;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types;

/// <summary>What a rebuild of the search index found and did.</summary>
public sealed class ReindexResultGraphType : ObjectGraphType<ReindexReport>
{
    public ReindexResultGraphType()
    {
        Name = "ReindexResult";
        Description = "A rebuild of the search index: the outbox position it reflects, and how far the old index had drifted from the graph.";
        Field<NonNullGraphType<FloatGraphType>>("position").Description("The outbox position the new index is at.").Resolve(c => (double)c.Source.Position);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndexDriftGraphType>>>>("drift").Description("Per kind of document.")
            .WithListSize(2).Resolve(c => c.Source.Drift);
    }
}

public sealed class IndexDriftGraphType : ObjectGraphType<KindDrift>
{
    public IndexDriftGraphType()
    {
        Name = "IndexDrift";
        Description = "How one kind of document in the old index compared with the graph.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("people or resources.").Resolve(c => c.Source.Kind == SearchKind.Person ? "people" : "resources");
        Field<NonNullGraphType<IntGraphType>>("inGraph").Description("Documents the graph has.").Resolve(c => c.Source.InGraph);
        Field<NonNullGraphType<IntGraphType>>("inIndexBefore").Description("Documents the old index had.").Resolve(c => c.Source.InIndexBefore);
        Field<NonNullGraphType<IntGraphType>>("missing").Description("In the graph but not in the old index.").Resolve(c => c.Source.Missing);
        Field<NonNullGraphType<IntGraphType>>("extra").Description("In the old index but no longer in the graph.").Resolve(c => c.Source.Extra);
    }
}
