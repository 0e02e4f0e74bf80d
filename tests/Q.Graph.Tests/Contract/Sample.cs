using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

/// <summary>
/// A small community with the shapes that break stores: accents and apostrophes in names, a topic hierarchy
/// three levels deep, members without organisations, a triangle and a path of ties, lists whose order matters.
/// </summary>
public static class Sample
{
    public static readonly Organisation[] Organisations =
    [
        new() { Id = "org-leeds", Name = "Leeds Teaching Hospitals NHS Trust", Type = OrganisationType.AcuteProvider, RegionId = "yorkshire-and-humber" },
        new() { Id = "org-cardiff", Name = "Cardiff and Vale University Health Board", Type = OrganisationType.IntegratedCareProvider, RegionId = "wales" },
        new() { Id = "org-voice", Name = "Patient Voice", Type = OrganisationType.PatientOrganisation },
    ];

    public static readonly Topic[] Topics =
    [
        new() { Id = "patient-safety", Name = "Patient safety" },
        new() { Id = "deterioration", Name = "Deterioration", BroaderId = "patient-safety" },
        new() { Id = "sepsis", Name = "Sepsis", Synonyms = ["septicaemia", "blood poisoning"], BroaderId = "deterioration" },
        new() { Id = "pdsa", Name = "PDSA", Synonyms = ["Plan-Do-Study-Act"] },
    ];

    public static readonly Member[] Members =
    [
        M("m-1", "Siobhán O'Neill", MemberRole.Frontline, "org-leeds", "yorkshire-and-humber", ("sepsis", TopicLevel.Expert), ("pdsa", TopicLevel.Interest)) with
        {
            Email = "siobhan@leeds.example", Bio = "Sepsis nurse.", Joined = new DateOnly(2015, 6, 1),
            Visibility = ProfileVisibility.Default with { Email = Visibility.Members },
        },
        M("m-2", "Adam Ahmed", MemberRole.Manager, "org-leeds", "yorkshire-and-humber", ("pdsa", TopicLevel.Practitioner)),
        M("m-3", "Zoë Evans", MemberRole.PatientLeader, "org-voice", "wales", ("deterioration", TopicLevel.Interest)),
        M("m-4", "Rhys Jones", MemberRole.Researcher, "org-cardiff", "wales", ("patient-safety", TopicLevel.Expert)),
        M("m-5", "siobhan oneill", MemberRole.Other, null, null),
        M("m-6", "Émile Zola", MemberRole.Policymaker, "org-cardiff", "wales", ("sepsis", TopicLevel.Practitioner)),
    ];

    // Triangle m-1, m-2, m-3 and a path m-3 - m-4 - m-6; m-5 is an isolate.
    public static readonly Connection[] Connections =
    [
        C("m-1", "m-2", ConnectionSource.Project), C("m-3", "m-1", ConnectionSource.Event), C("m-2", "m-3", ConnectionSource.SwapShop),
        C("m-4", "m-3", ConnectionSource.Suggestion), C("m-4", "m-6", ConnectionSource.Other),
    ];

    public static readonly Project[] Projects =
    [
        new()
        {
            Id = "p-1", Title = "Sepsis Six in ED", Summary = "Faster antibiotics.", Status = ProjectStatus.Active,
            Started = new DateOnly(2016, 1, 1), Topics = ["sepsis", "pdsa"],
            Members = [new ProjectMember("m-2", ProjectRole.Member), new ProjectMember("m-1", ProjectRole.Lead)],
        },
    ];

    public static readonly Resource[] Resources =
    [
        new()
        {
            Id = "r-1", Type = ResourceType.CaseStudy, Title = "Screening for sepsis", Body = "We screened.",
            Published = new DateOnly(2017, 5, 1), Topics = ["sepsis"], Authors = ["m-6", "m-1"], Url = "https://example.org/r-1",
        },
    ];

    public static async Task LoadAsync(IGraphStore store) =>
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertOrganisationsAsync(Organisations, ct);
            await w.UpsertTopicsAsync(Topics, ct);
            await w.UpsertMembersAsync(Members, ct);
            await w.UpsertProjectsAsync(Projects, ct);
            await w.UpsertResourcesAsync(Resources, ct);
            await w.UpsertConnectionsAsync(Connections, ct);
            return 0;
        });

    private static Member M(string id, string name, MemberRole role, string? org, string? region, params (string Topic, TopicLevel Level)[] topics) =>
        new()
        {
            Id = id, Name = name, Role = role, OrganisationId = org, RegionId = region,
            Topics = topics.Select(t => new MemberTopic(t.Topic, t.Level)).ToArray(),
        };

    private static Connection C(string a, string b, ConnectionSource source) =>
        new Connection { From = a, To = b, Since = new DateOnly(2018, 3, 1), Source = source }.Canonical();
}
