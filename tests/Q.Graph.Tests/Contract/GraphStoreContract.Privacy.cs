using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

public abstract partial class GraphStoreContract<TFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [SkippableFact]
    public async Task Skills_are_counted_per_topic_and_level_only_over_members_whose_topics_the_audience_may_see()
    {
        var store = await SampleStoreAsync();
        // m-2 (Leeds, pdsa practitioner) hides topics from the public; m-1 (Leeds) shows sepsis expert and pdsa interest.
        var m2 = Sample.Members.Single(m => m.Id == "m-2");
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([m2 with { Visibility = ProfileVisibility.Default with { Topics = Visibility.Members } }], ct);
            return 0;
        });

        var forPublic = (await store.GetOrganisationSkillsAsync(["org-leeds", "org-none"], Audience.Public))["org-leeds"];
        var forMembers = (await store.GetOrganisationSkillsAsync(["org-leeds"], new Audience(Visibility.Members, "m-6")))["org-leeds"];

        Assert.Equal([new SkillCount("pdsa", TopicLevel.Interest, 1), new SkillCount("sepsis", TopicLevel.Expert, 1)], forPublic);
        Assert.Equal(
            [new SkillCount("pdsa", TopicLevel.Interest, 1), new SkillCount("pdsa", TopicLevel.Practitioner, 1), new SkillCount("sepsis", TopicLevel.Expert, 1)],
            forMembers);
    }

    [SkippableFact]
    public async Task The_employer_sees_by_name_only_its_own_members_who_opted_in()
    {
        var store = await SampleStoreAsync();
        var optIn = ProfileVisibility.Default with { Employer = true };
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync(
            [
                Sample.Members.Single(m => m.Id == "m-2") with { Visibility = optIn },
                Sample.Members.Single(m => m.Id == "m-4") with { Visibility = optIn }, // Cardiff, not Leeds
            ], ct);
            return 0;
        });

        Assert.Equal(["m-2"], (await store.GetMembersVisibleToEmployerAsync("org-leeds")).Select(m => m.Id));
        Assert.Equal(["m-4"], (await store.GetMembersVisibleToEmployerAsync("org-cardiff")).Select(m => m.Id));
        Assert.Empty(await store.GetMembersVisibleToEmployerAsync("org-voice"));
    }

    [SkippableFact]
    public async Task Audit_entries_and_consents_are_kept_in_order_and_found_by_member()
    {
        var store = await SampleStoreAsync();
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.AppendAuditAsync(
            [
                new AuditEntry(T0, "m-1", "read", "m-2", "bio"),
                new AuditEntry(T0.AddMinutes(1), "admin", "export"),
                new AuditEntry(T0.AddMinutes(2), "m-3", "read", "m-1", "email"),
            ], ct);
            await w.RecordConsentsAsync([new Consent("m-1", "employer", "true", T0), new Consent("m-1", "email", "members", T0.AddDays(1))], ct);
            return 0;
        });

        Assert.Equal(
            [new AuditEntry(T0, "m-1", "read", "m-2", "bio"), new AuditEntry(T0.AddMinutes(2), "m-3", "read", "m-1", "email")],
            await store.GetAuditAsync("m-1"));
        Assert.Equal([new Consent("m-1", "employer", "true", T0), new Consent("m-1", "email", "members", T0.AddDays(1))], await store.GetConsentsAsync("m-1"));
        Assert.Empty(await store.GetConsentsAsync("m-2"));
    }

    [SkippableFact]
    public async Task Erasure_removes_the_member_and_everything_about_them_and_a_repeat_changes_nothing()
    {
        var store = await SampleStoreAsync();
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.AppendAuditAsync([new AuditEntry(T0, "m-3", "read", "m-1", "email"), new AuditEntry(T0, "m-1", "update")], ct);
            await w.RecordConsentsAsync([new Consent("m-1", "employer", "true", T0)], ct);
            return 0;
        });
        var before = await store.CountAsync();

        var report = await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "erased-abc", ct));
        var again = await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "erased-def", ct));

        Assert.Equal(new ErasureReport(true, "erased-abc", Connections: 2, ProjectRoles: 1, Authorships: 1, Consents: 1, AuditEntriesPseudonymised: 2), report);
        Assert.Equal(ErasureReport.Nothing, again);
        Assert.Empty(await store.GetMembersAsync(["m-1"]));
        Assert.Empty(await store.GetConnectionsOfAsync("m-1"));
        Assert.DoesNotContain(await store.GetConnectionsOfAsync("m-2"), c => c.From == "m-1" || c.To == "m-1");
        Assert.Equal(["m-2"], (await store.GetProjectsAsync(["p-1"]))["p-1"].Members.Select(m => m.MemberId));
        Assert.Equal(["m-6"], (await store.GetResourcesAsync(["r-1"]))["r-1"].Authors);
        Assert.Empty(await store.GetAuditAsync("m-1"));
        Assert.Empty(await store.GetConsentsAsync("m-1"));
        Assert.Equal([new AuditEntry(T0, "m-3", "read", "erased-abc", "email")], await store.GetAuditAsync("m-3"));
        Assert.Equal(before with { Members = before.Members - 1, Connections = before.Connections - 2 }, await store.CountAsync());
        Assert.DoesNotContain(await All(store.StreamMembersAsync()), m => m.Id == "m-1");
        Assert.Equal(DirectoryOrder(Sample.Members.Where(m => m.Id != "m-1")), Ids(await store.FindMembersAsync(MemberFilter.None, new PageRequest(100))));
    }
}
