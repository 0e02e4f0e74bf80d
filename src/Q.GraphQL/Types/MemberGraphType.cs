using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Access;
using Q.GraphQL.Hardening;
using Q.GraphQL.Loading;
using Q.GraphQL.Paging;

namespace Q.GraphQL.Types;

/// <summary>A member of the Q community. Optional profile parts go through <see cref="ProfileAccess"/>.</summary>
public sealed class MemberGraphType : ObjectGraphType<Member>
{
    public MemberGraphType()
    {
        Name = "Member";
        Description = "A member of the Q community. Name, role, region and organisation are always public; the other profile parts are shown only to viewers the member allows (hidden parts read as null or empty).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The member's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The member's name as they write it.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("headline").Description("A one-line summary of what the member does; null when absent or hidden from this viewer.")
            .Resolve(c => c.Reveal(ProfileField.Headline, m => m.Headline));
        Field<StringGraphType>("bio").Description("The member's longer introduction; null when absent or hidden from this viewer.")
            .Resolve(c => c.Reveal(ProfileField.Bio, m => m.Bio));
        Field<StringGraphType>("email").Description("The member's email address; private unless the member chose otherwise, null when hidden.")
            .Resolve(c => c.Reveal(ProfileField.Email, m => m.Email));
        Field<StringGraphType>("phone").Description("The member's phone number; private unless the member chose otherwise, null when hidden.")
            .Resolve(c => c.Reveal(ProfileField.Phone, m => m.Phone));
        Field<MemberSettingsGraphType>("settings")
            .Description("The member's visibility settings and employer consent: only for the member themself (and administrators), null for anyone else.")
            .Resolve(c => c.Viewer().IsAdmin || c.Viewer().MemberId == c.Source.Id ? c.Source.Visibility : null);
        Field<NonNullGraphType<RoleGraphType>>("role").Description("What the member mainly does.").Resolve(c => c.Source.Role);
        Field<RegionGraphType>("region").Description("The region the member works in, if given.").Resolve(c => Region.Find(c.Source.RegionId));
        Field<OrganisationGraphType>("organisation").Description("The organisation the member works for, if given.")
            .Resolve(c => c.Source.OrganisationId is { } id ? c.Loaders().Organisation(id) : null);
        Field<DateGraphType>("joined").Description("When the member joined Q.").Resolve(c => c.Source.Joined);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberTopicGraphType>>>>("topics")
            .Description("The topics the member works on and how deeply; empty when hidden from this viewer.")
            .WithListSize(QueryCost.ListSizes.MemberTopics).Resolve(c => c.RevealList(ProfileField.Topics, m => m.Topics));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Description("The projects the member takes part in, most recently started first.")
            .WithListSize(QueryCost.ListSizes.Projects).Resolve(c => c.Loaders().ProjectsOf(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceGraphType>>>>("resources")
            .Description("The resources the member wrote, newest first.")
            .WithListSize(QueryCost.ListSizes.Resources).Resolve(c => c.Loaders().ResourcesOf(c.Source.Id));
        Field<NonNullGraphType<MemberConnectionGraphType>>("connections")
            .Description("The members this member is connected to, alphabetically; empty (totalCount 0) when hidden from this viewer. Members who hide their own connections from this viewer are left out.")
            .WithPageArguments()
            .Resolve(c => c.RevealPage(ProfileField.Connections, m => c.Loaders().Page(MemberScope.Neighbours, m.Id, PageArguments.Read(c))
                .Then(page => ProfileAccess.AuditListed(c, page, ProfileField.Connections))));
    }
}
