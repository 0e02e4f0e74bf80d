using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>One of Q's 18 fixed regions.</summary>
public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "One of Q's 18 fixed regions: Scotland, Wales, Northern Ireland and England's 15 health innovation network areas.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The region's stable id, e.g. `greater-manchester`.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The region's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("nation").Description("The UK nation the region is in.").Resolve(c => c.Source.Nation);
    }
}
