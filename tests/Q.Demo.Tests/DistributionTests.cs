using Q.Core.Model;

namespace Q.Demo.Tests;

public class DistributionTests
{
    private static readonly DemoCommunity C = Shared.Community;

    [Fact]
    public void Every_organisation_type_is_present()
    {
        var present = C.Organisations.Select(o => o.Type).ToHashSet();
        Assert.All(Enum.GetValues<OrganisationType>(), t => Assert.Contains(t, present));
    }

    [Fact]
    public void Every_region_has_members_and_organisations()
    {
        Assert.All(Region.All, r =>
        {
            Assert.Contains(C.Members, m => m.RegionId == r.Id);
            Assert.Contains(C.Organisations, o => o.RegionId == r.Id);
        });
    }

    [Fact]
    public void Members_per_region_follow_population()
    {
        double total = Region.All.Sum(r => r.Population);
        foreach (var r in Region.All)
        {
            var expected = r.Population / total;
            var actual = C.Members.Count(m => m.RegionId == r.Id) / (double)C.Members.Count;
            Assert.True(Math.Abs(actual - expected) < 0.025, $"{r.Id}: {actual:P1} vs population share {expected:P1}");
        }
    }

    [Fact]
    public void Role_mix_is_roughly_the_q_mix_with_patient_leaders_present()
    {
        double Share(MemberRole role) => C.Members.Count(m => m.Role == role) / (double)C.Members.Count;
        Assert.InRange(Share(MemberRole.Frontline), 0.30, 0.40);
        Assert.InRange(Share(MemberRole.Manager), 0.20, 0.30);
        Assert.InRange(Share(MemberRole.Researcher), 0.08, 0.16);
        Assert.InRange(Share(MemberRole.PatientLeader), 0.06, 0.14);
        Assert.InRange(Share(MemberRole.Policymaker), 0.05, 0.11);
    }

    [Fact]
    public void Most_members_work_in_their_own_region()
    {
        var orgRegion = C.Organisations.ToDictionary(o => o.Id, o => o.RegionId);
        var employed = C.Members.Where(m => m.OrganisationId is not null).ToList();
        var local = employed.Count(m => orgRegion[m.OrganisationId!] == m.RegionId);
        Assert.True(local > 0.8 * employed.Count, $"{local} of {employed.Count} work locally");
    }

    [Fact]
    public void Organisation_types_go_with_roles()
    {
        var orgType = C.Organisations.ToDictionary(o => o.Id, o => o.Type);
        var researchers = C.Members.Where(m => m.Role == MemberRole.Researcher && m.OrganisationId is not null).ToList();
        var academic = researchers.Count(m => orgType[m.OrganisationId!] == OrganisationType.Academic);
        Assert.True(academic > researchers.Count / 2, $"{academic} of {researchers.Count} researchers are academics");
        var unaffiliatedLeaders = C.Members.Count(m => m.Role == MemberRole.PatientLeader && m.OrganisationId is null);
        Assert.True(unaffiliatedLeaders > 0);
    }

    [Fact]
    public void Topics_follow_organisation_type()
    {
        // Ambulance staff should mention deterioration or sepsis far more often than members at large.
        var orgType = C.Organisations.ToDictionary(o => o.Id, o => o.Type);
        static bool Acute(Member m) => m.Topics.Any(t => t.TopicId is "deterioration" or "sepsis" or "news2" or "pre-hospital-care");
        var ambulance = C.Members.Where(m => m.OrganisationId is { } o && orgType[o] == OrganisationType.AmbulanceTrust).ToList();
        Assert.NotEmpty(ambulance);
        var share = ambulance.Count(Acute) / (double)ambulance.Count;
        var baseline = C.Members.Count(Acute) / (double)C.Members.Count;
        Assert.True(share > 1.5 * baseline, $"ambulance {share:P0} vs everyone {baseline:P0}");
    }

    [Fact]
    public void Most_profiles_keep_default_visibility_but_some_share_more()
    {
        var defaults = C.Members.Count(m => m.Visibility == ProfileVisibility.Default) / (double)C.Members.Count;
        Assert.InRange(defaults, 0.7, 0.9);
        Assert.Contains(C.Members, m => m.Visibility.Email == Visibility.Public);
        Assert.Contains(C.Members, m => m.Visibility.Email == Visibility.Members);
        Assert.Contains(C.Members, m => m.Visibility.Bio == Visibility.Members);
    }

    [Fact]
    public void Joining_comes_in_cohorts()
    {
        var perYear = C.Members.GroupBy(m => m.Joined!.Value.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(12, perYear.Count);
        Assert.True(perYear.Values.Max() > 1.5 * perYear.Where(kv => kv.Key < 2026).Min(kv => kv.Value));
    }
}
