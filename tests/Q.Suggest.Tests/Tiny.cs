using Q.Core.Model;
using Q.Suggest;

namespace Q.Suggest.Tests;

/// <summary>Hand-made communities small enough to check every figure by hand.</summary>
internal static class Tiny
{
    public static Member M(string id, string? org = null, string? region = "london", params MemberTopic[] topics) =>
        new() { Id = id, Name = $"Member {id.ToUpperInvariant()}", OrganisationId = org, RegionId = region, Topics = topics, Joined = new DateOnly(2018, 1, 1) };

    public static Connection T(string a, string b, DateOnly? since = null) => new Connection { From = a, To = b, Since = since }.Canonical();

    public static MemberTopic Interest(string t) => new(t, TopicLevel.Interest);
    public static MemberTopic Expert(string t) => new(t, TopicLevel.Expert);
    public static MemberTopic Practitioner(string t) => new(t, TopicLevel.Practitioner);

    public static Organisation Org(string id, OrganisationType type, string region = "london") => new() { Id = id, Name = $"Org {id}", Type = type, RegionId = region };

    public static Community Of(IEnumerable<Member> members, IEnumerable<Connection> ties, IEnumerable<Organisation>? orgs = null, IEnumerable<Project>? projects = null) =>
        new(members, orgs ?? [], projects ?? [], ties,
            [new Topic { Id = "sepsis", Name = "Sepsis" }, new Topic { Id = "pdsa", Name = "PDSA" }, new Topic { Id = "spc", Name = "SPC" }]);

    /// <summary>
    /// a and b share neighbours c (degree 2) and d (degree 4: a, b, e, f); a also knows g (degree 1).
    /// </summary>
    public static Community Square() => Of(
        new[] { "a", "b", "c", "d", "e", "f", "g" }.Select(id => M(id)),
        [T("a", "c"), T("b", "c"), T("a", "d"), T("b", "d"), T("d", "e"), T("d", "f"), T("a", "g")]);
}
