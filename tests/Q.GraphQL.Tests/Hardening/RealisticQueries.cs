namespace Q.GraphQL.Tests.Hardening;

/// <summary>
/// Queries real clients send (the README's, the pages a web client would build, the bench's), with the cost and depth
/// the cost model gives them. The cost limit is set with headroom above the dearest of these; docs/security.md
/// ("API limits") shows this table.
/// </summary>
public static class RealisticQueries
{
    public sealed record Case(string Name, string Query, object? Variables, long Cost, int Depth);

    public static readonly Case[] All =
    [
        new("README: who works on sepsis, and their connections",
            """{ topic(id: "sepsis") { name members(first: 3) { totalCount edges { node { name role region { name } organisation { name } connections(first: 3) { totalCount edges { node { name } } } } } } } }""",
            null, 53, 8),
        new("member profile page (profile, topics, projects, resources, 10 connections)",
            """
            query($id: ID!) { member(id: $id) {
              id name headline bio email role joined
              region { id name nation }
              organisation { id name type region { name } }
              topics { level topic { id name broader { id name } } }
              projects { id title summary status started ended topics { id name } members { role member { id name } } }
              resources { id type title url published topics { id name } authors { id name } }
              connections(first: 10) { totalCount edges { node { id name headline role organisation { name } } } pageInfo { hasNextPage endCursor } }
            } }
            """,
            new { id = "m-aisha" }, 478, 6),
        new("directory page of 20 with organisation and topics",
            """
            query($after: String, $filter: MemberFilter) { members(first: 20, after: $after, filter: $filter) {
              totalCount
              edges { cursor node { id name headline role region { id name } organisation { id name } topics { level topic { id name } } } }
              pageInfo { hasNextPage endCursor }
            } }
            """,
            new { filter = new { region = "wales" } }, 906, 6),
        new("directory page of 100 (the largest page) with organisation and topics",
            """
            query($after: String) { members(first: 100, after: $after) {
              totalCount
              edges { cursor node { id name headline role region { id name } organisation { id name } topics { level topic { id name } } } }
              pageInfo { hasNextPage endCursor }
            } }
            """,
            null, 4506, 6),
        new("member with 10 connections and their organisations",
            """query($id: ID!) { member(id: $id) { id name connections(first: 10) { totalCount edges { node { id name role organisation { id name region { name } } } } } } }""",
            new { id = "m-aisha" }, 96, 7),
        new("topic page (hierarchy and 20 members)",
            """query($id: ID!) { topic(id: $id) { id name synonyms broader { id name } narrower { id name } members(first: 20) { totalCount edges { node { id name role organisation { name } } } pageInfo { hasNextPage endCursor } } } }""",
            new { id = "patient-safety" }, 154, 6),
        new("organisation page (50 members with their topics)",
            """query($id: ID!) { organisation(id: $id) { id name type region { name } members(first: 50) { totalCount edges { node { id name role topics { level topic { name } } } } pageInfo { hasNextPage endCursor } } } }""",
            new { id = "org-leeds" }, 1462, 7),
        new("bench: member(id)",
            "query($id: ID!) { member(id: $id) { id name headline role region { name } organisation { name } topics { level topic { name } } } }",
            new { id = "m-aisha" }, 34, 4),
        new("bench: members(filter: region, first: 20)",
            "query($r: ID) { members(filter: { region: $r }, first: 20) { totalCount edges { cursor node { id name organisation { name } } } pageInfo { hasNextPage } } }",
            new { r = "wales" }, 125, 5),
        new("bench: member with 10 connections, their organisations and topics",
            "query($id: ID!) { member(id: $id) { name projects { title } connections(first: 10) { totalCount edges { node { name organisation { name } topics { topic { name } } } } } } }",
            new { id = "m-aisha" }, 221, 7),
        new("regions (a picker)", "{ regions { id name nation } }", null, 55, 2),
    ];
}
