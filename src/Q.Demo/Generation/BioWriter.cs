using System.Text;
using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>
/// Writes headlines and bios. Every topic a member holds is mentioned, each time with a randomly chosen
/// phrasing (acronym, spelled out, colloquial), so "PDSA" and "Plan, Do, Study, Act" both occur and text
/// search has to bridge them through synonyms.
/// </summary>
internal sealed class BioWriter(Topics topics, Rng rng)
{
    private readonly StringBuilder sb = new(512);

    public string Headline(string title, OrgInfo? org, int region, int[] memberTopics)
    {
        // Lead on a "what" topic where possible: "sepsis lead" reads better than "PDSA cycles lead".
        var focus = memberTopics.FirstOrDefault(t => !topics.IsMethod[t], memberTopics[0]);
        var template = rng.Pick(BioPhrases.Headlines);
        if (org is null && template.Contains("{org}", StringComparison.Ordinal)) template = "{Title} | {topic} | {region}";
        return Text.Fill(template,
            ("title", title), ("topic", Lowered(topics.Defs[focus].Name)),
            ("org", org?.ShortName ?? ""), ("region", Region.All[region].Name));
    }

    public string Bio(MemberRole role, string title, OrgInfo? org, int region, int[] memberTopics, int joinedYear)
    {
        var place = org?.Place ?? RegionPlaceTable.All.First(p => p.RegionId == Region.All[region].Id).Places[0];
        (string, string)[] context =
        [
            ("atitle", Article(title) + " " + Lowered(title)), ("title", Lowered(title)),
            ("org", org?.Record.Name ?? "our local health and care system"), ("place", place),
            ("region", Region.All[region].Name), ("year", Text.Number(joinedYear)),
        ];

        sb.Clear();
        var opening = role == MemberRole.PatientLeader && rng.Chance(0.7) ? rng.Pick(BioPhrases.PatientLeaderOpenings) : rng.Pick(BioPhrases.Openings);
        sb.Append(Text.Fill(opening, context));

        // Mention every topic across one to three sentences of one to three topics each.
        var phrases = memberTopics.Select(t => rng.Pick(topics.Defs[t].Phrases)).ToArray();
        var minSentences = (phrases.Length + 2) / 3;
        var sentences = rng.Next(minSentences, Math.Min(3, phrases.Length) + 1);
        var at = 0;
        for (var s = 0; s < sentences; s++)
        {
            var take = (phrases.Length - at) / (sentences - s);
            var chunk = phrases[at..(at + take)];
            at += take;
            var template = chunk.Length switch
            {
                1 => rng.Pick(BioPhrases.OneTopic),
                2 => rng.Pick(BioPhrases.TwoTopics),
                _ => rng.Pick(BioPhrases.ThreeTopics),
            };
            sb.Append(' ').Append(Text.Fill(template,
                ("a", chunk[0]), ("b", chunk.Length > 1 ? chunk[1] : ""), ("c", chunk.Length > 2 ? chunk[2] : "")));
        }

        if (rng.Chance(0.6))
            sb.Append(' ').Append(Text.Fill(rng.Pick(BioPhrases.Closings), [.. context, ("a", phrases[0])]));
        return sb.ToString();
    }

    /// <summary>Lower-cases the first letter unless the text is a proper name or acronym ("NEWS2", "Model for Improvement").</summary>
    public static string Lowered(string s) => s.Skip(1).Any(char.IsUpper) ? s : Text.Lower(s);

    private static string Article(string title) => "AEIOUaeiou".Contains(title[0], StringComparison.Ordinal) ? "an" : "a";
}
