using System.Text;

// Shared by the CLI and GraphQL test projects (linked from both .csproj files), so both test the same network.
namespace Q.Tests.Shared;

/// <summary>
/// A small network for connectivity tests: 12 members in Wessex (two organisations of 6) and 3 in Wales (one
/// organisation): a region, an organisation and an organisation type of only 3, while the two roles each have 7 or
/// more members. A ring of Wessex ties formed in 2021, two chords and a bridge to Wales in 2023, one undated bridge.
/// Every member has an email and a phone, which no connectivity answer or export may contain.
/// </summary>
public static class MetricsCommunity
{
    public static readonly string[] WessexIds = Enumerable.Range(1, 12).Select(i => $"w{i:00}").ToArray();
    public static readonly string[] WalesIds = ["c1", "c2", "c3"];
    public static IEnumerable<string> AllIds => WessexIds.Concat(WalesIds);

    public static string NameOf(string id) => id.StartsWith('w') ? $"Wessex Person {id[1..]}" : $"Cymru Person {id[1..]}";

    public static string JsonLines()
    {
        var lines = new StringBuilder();
        lines.AppendLine("""{"kind":"topic","id":"qi","name":"Quality improvement"}""");
        lines.AppendLine("""{"kind":"organisation","id":"org-big","name":"Big Acute Trust","type":"acute-provider","region":"wessex"}""");
        lines.AppendLine("""{"kind":"organisation","id":"org-mid","name":"Mid Primary Care","type":"primary-care","region":"wessex"}""");
        lines.AppendLine("""{"kind":"organisation","id":"org-small","name":"Small Charity","type":"third-sector","region":"wales"}""");
        for (var i = 1; i <= 12; i++)
        {
            var id = WessexIds[i - 1];
            var org = i <= 6 ? "org-big" : "org-mid";
            var role = i % 2 == 1 ? "frontline" : "manager";
            // w01-w08 hold "qi"; w02 shows their topics to members only.
            var topics = i <= 8 ? $$""","topics":["qi"]{{(i == 2 ? ",\"visibility\":{\"topics\":\"members\"}" : "")}}""" : "";
            lines.AppendLine($$"""{"kind":"member","id":"{{id}}","name":"{{NameOf(id)}}","role":"{{role}}","organisation":"{{org}}","region":"wessex","email":"{{id}}@mail.example","phone":"0163296{{i:0000}}","joined":"2020-{{i:00}}-01"{{topics}}}""");
        }
        string[] walesRoles = ["frontline", "manager", "frontline"];
        for (var i = 1; i <= 3; i++)
            lines.AppendLine($$"""{"kind":"member","id":"c{{i}}","name":"{{NameOf($"c{i}")}}","role":"{{walesRoles[i - 1]}}","organisation":"org-small","region":"wales","email":"c{{i}}@mail.example","phone":"0290000000{{i}}","joined":"2021-0{{i}}-01"}""");
        for (var i = 1; i <= 12; i++)
            lines.AppendLine($$"""{"kind":"connection","from":"{{WessexIds[i - 1]}}","to":"{{WessexIds[i % 12]}}","since":"2021-06-01","source":"event"}""");
        lines.AppendLine("""{"kind":"connection","from":"w01","to":"w07","since":"2023-06-01","source":"project"}""");
        lines.AppendLine("""{"kind":"connection","from":"w03","to":"w09","since":"2023-06-01","source":"project"}""");
        lines.AppendLine("""{"kind":"connection","from":"c1","to":"c2","since":"2021-06-01","source":"swap-shop"}""");
        lines.AppendLine("""{"kind":"connection","from":"c2","to":"c3","since":"2021-06-01","source":"swap-shop"}""");
        lines.AppendLine("""{"kind":"connection","from":"w01","to":"c1","since":"2023-01-01","source":"event"}""");
        lines.AppendLine("""{"kind":"connection","from":"w06","to":"c3","source":"other"}""");
        return lines.ToString();
    }

    /// <summary>Ties in the whole network, and those formed by the end of 2022 (the undated one counts as always there).</summary>
    public const int Ties = 18;
    public const int TiesBy2022 = 15;
}
