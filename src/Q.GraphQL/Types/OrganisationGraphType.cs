using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Paging;

namespace Q.GraphQL.Types;

/// <summary>An organisation members work for.</summary>
public sealed class OrganisationGraphType : ObjectGraphType<Organisation>
{
    public OrganisationGraphType()
    {
        Name = "Organisation";
        Description = "An organisation members work for: a trust, practice, council, charity, university…";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name.").Resolve(c => c.Source.Name);
        Field<OrganisationTypeGraphType>("type").Description("The kind of organisation, if known.").Resolve(c => c.Source.Type);
        Field<RegionGraphType>("region").Description("The region the organisation is based in, if given.").Resolve(c => Region.Find(c.Source.RegionId));
        Field<NonNullGraphType<MemberConnectionGraphType>>("members")
            .Description("The organisation's members, alphabetically.")
            .WithPageArguments()
            .Resolve(c => c.Loaders().Page(MemberScope.Organisation, c.Source.Id, PageArguments.Read(c)));
    }
}
