using GraphQL.Types;
using Q.Core.Model;

namespace Q.GraphQL.Types;

/// <summary>What an erasure removed.</summary>
public sealed class ErasureResultGraphType : ObjectGraphType<ErasureReport>
{
    public ErasureResultGraphType()
    {
        Name = "ErasureResult";
        Description = "What an erasure removed. Erasing someone already erased (or who never existed) changes nothing and says so.";
        Field<NonNullGraphType<BooleanGraphType>>("erased").Description("False when there was nothing to erase.").Resolve(c => c.Source.Erased);
        Field<StringGraphType>("pseudonym").Description("The random name the audit log now uses for the erased member.").Resolve(c => c.Source.Pseudonym);
        Field<NonNullGraphType<IntGraphType>>("connections").Description("Ties removed.").Resolve(c => c.Source.Connections);
        Field<NonNullGraphType<IntGraphType>>("projectRoles").Description("Project memberships removed.").Resolve(c => c.Source.ProjectRoles);
        Field<NonNullGraphType<IntGraphType>>("authorships").Description("Authorships removed (the resources stay, without this author).").Resolve(c => c.Source.Authorships);
        Field<NonNullGraphType<IntGraphType>>("consents").Description("Consent records removed.").Resolve(c => c.Source.Consents);
    }
}
