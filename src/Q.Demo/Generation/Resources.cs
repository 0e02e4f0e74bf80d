using Q.Core.Model;
using Q.Demo.Data;

namespace Q.Demo.Generation;

/// <summary>
/// Builds shared resources, mostly case studies written the way Q case studies are: the problem with a
/// baseline figure, what the team did, and the result with numbers. Every author holds at least one of the
/// resource's topics, so "who wrote about X" and "who knows X" agree.
/// </summary>
internal sealed class Resources(Topics topics, List<OrgInfo> orgs, List<MemberInfo> members, MemberIndex index, Rng rng)
{
    private static readonly (ResourceType Type, double Weight)[] Types =
    [
        (ResourceType.CaseStudy, 55), (ResourceType.Tool, 10), (ResourceType.Report, 10),
        (ResourceType.Guide, 10), (ResourceType.Article, 10), (ResourceType.Video, 5),
    ];
    private static readonly double[] TypeWeights = Types.Select(t => t.Weight).ToArray();
    private static readonly DateOnly LastPublished = new(2026, 10, 31);

    public List<Resource> Generate(int count)
    {
        var result = new List<Resource>(count);
        for (var r = 0; r < count; r++)
        {
            var lead = members[rng.Next(members.Count)];
            var resourceTopics = lead.Topics.Take(rng.Next(1, Math.Min(3, lead.Topics.Length) + 1)).ToArray();
            var authors = new List<int> { lead.Index };
            var wanted = rng.Weighted([0, 50, 30, 20]);
            for (var attempt = 0; authors.Count < wanted && attempt < 12; attempt++)
            {
                var candidate = index.RandomWithTopic(resourceTopics[rng.Next(resourceTopics.Length)], rng);
                // Co-authors usually share the lead's region: people write up work they did together.
                if (candidate >= 0 && !authors.Contains(candidate) && (members[candidate].Region == lead.Region || attempt > 8))
                    authors.Add(candidate);
            }
            var type = Types[rng.Weighted(TypeWeights)].Type;
            var org = lead.Org >= 0 ? orgs[lead.Org] : null;
            var latestJoin = authors.Max(a => members[a].JoinedDay);
            var published = Math.Min(latestJoin + rng.Next(30, 1500), LastPublished.DayNumber);
            var id = Text.Id("r-", r + 1, 5);
            var title = Title(type, resourceTopics, org);
            result.Add(new Resource
            {
                Id = id,
                Title = title,
                Type = type,
                Body = Body(type, resourceTopics, org),
                Url = rng.Chance(0.4) ? $"https://example.org/q/resources/{id}-{Text.Ascii(title, '-')}" : null,
                Published = DateOnly.FromDayNumber(published),
                Topics = resourceTopics.Select(t => topics.Defs[t].Id).ToArray(),
                Authors = authors.Select(a => members[a].Record.Id).ToArray(),
            });
        }
        return result;
    }

    private string Title(ResourceType type, int[] resourceTopics, OrgInfo? org)
    {
        var def = topics.Defs[resourceTopics[0]];
        var name = BioWriter.Lowered(def.Name);
        var where = org?.ShortName ?? "a community team";
        return type switch
        {
            ResourceType.CaseStudy when def.Aim is not null => $"{Text.Capitalise(def.Aim)} at {where}",
            ResourceType.CaseStudy => $"Using {name} at {where}: what we learnt",
            ResourceType.Tool => rng.Chance(0.5) ? $"{def.Name} toolkit" : $"A driver diagram template for {def.Aim ?? name}",
            ResourceType.Report => $"{def.Name}: learning from {Text.Number(rng.Next(4, 40))} sites",
            ResourceType.Guide => $"A practical guide to {rng.Pick(def.Phrases)}",
            ResourceType.Article => $"Why {name} matters for improvement",
            _ => $"Webinar: {name} in practice",
        };
    }

    private string Body(ResourceType type, int[] resourceTopics, OrgInfo? org)
    {
        var def = topics.Defs[resourceTopics[0]];
        var method = resourceTopics.Select(t => topics.Defs[t]).FirstOrDefault(d => d.Aim is null);
        var methodPhrase = method is null ? "PDSA cycles" : rng.Pick(method.Phrases);
        var where = org?.Record.Name ?? "a partnership of local services";
        if (type != ResourceType.CaseStudy)
            return $"This {Describe(type)} covers {rng.Pick(def.Phrases)}, drawing on experience at {where}. " +
                   $"It sets out practical steps, common pitfalls and how to use {methodPhrase} to keep learning. " +
                   "It is written for teams starting out as well as those spreading work that already succeeds.";

        var months = rng.Next(6, 25);
        var (baseline, result) = Figures(def.Kind);
        var measure = def.Measure is null
            ? "the proportion of staff confident in using improvement methods"
            : def.Measure.StartsWith("of ", StringComparison.Ordinal) ? $"the proportion {def.Measure}" : def.Measure;
        var problem = def.Aim is null
            ? $"Teams at {where} wanted to make better use of {rng.Pick(def.Phrases)}, but confidence was low."
            : $"Teams at {where} set out on {def.Aim}; at baseline, {measure} was {Format(baseline, def)}.";
        var did = Text.Fill(rng.Pick(BioPhrases.CaseStudyActions), ("method", methodPhrase));
        var outcome = $"After {Text.Number(months)} months, {measure} had moved from {Format(baseline, def)} to {Format(result, def)}, " +
                      "and the changes have been sustained.";
        return $"{problem} {did} {outcome}";
    }

    private (double Baseline, double Result) Figures(MeasureKind kind)
    {
        switch (kind)
        {
            case MeasureKind.PercentUp:
                var b = rng.Next(25, 66);
                return (b, Math.Min(98, b + rng.Next(12, 36)));
            case MeasureKind.RateDown:
                var r = 2 + rng.Unit() * 10;
                return (r, r * (0.45 + rng.Unit() * 0.35));
            default:
                var d = rng.Next(8, 120);
                return (d, Math.Max(1, (int)(d * (0.5 + rng.Unit() * 0.35))));
        }
    }

    private static string Format(double value, TopicDef def) => def.Kind switch
    {
        MeasureKind.RateDown => Text.Decimal(value) + def.Unit,
        _ => Text.Number((int)value) + def.Unit,
    };

    private static string Describe(ResourceType type) => type switch
    {
        ResourceType.Tool => "tool",
        ResourceType.Report => "report",
        ResourceType.Guide => "guide",
        ResourceType.Article => "article",
        ResourceType.Video => "recorded webinar",
        _ => "resource",
    };
}
