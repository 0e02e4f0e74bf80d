using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Q.Core.Model;
using Q.Core.Suggest;
using Q.Graph;
using Q.Suggest;

namespace Q.Cli.Commands;

/// <summary>
/// <c>q suggestions train | list | evaluate</c>: train the link model on a temporal split and serve the best of it
/// and the heuristics; list members' suggestions with their reasons (as each member would see them); measure the
/// served scorer against the heuristics on the current held-out period.
/// </summary>
internal static class SuggestionsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Names and reasons as written ("Zoë", "Ó Briain"), not \u escapes: this is JSON for files and pipes, never
        // embedded in HTML, so the default encoder's HTML-safe escaping only makes it unreadable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliConsole console) =>
        new("suggestions", "Suggested connections: train the model, list suggestions, evaluate the served scorer.")
        {
            Train(console), List(console), Evaluate(console),
        };

    private static Command Train(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var command = new Command("train", "Train the link model on a temporal split, evaluate it and the heuristics on a later held-out period, and serve the best.") { dataDir };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var dir = parse.GetValue(dataDir)!;
            var (community, _) = await LoadAsync(dir, ct);
            TrainingReport report;
            try
            {
                report = await Task.Run(() => Training.Run(community, new ModelStore(dir)), ct);
            }
            catch (InvalidOperationException e)
            {
                throw new CliException($"cannot train: {e.Message}");
            }
            await console.Out.WriteLineAsync($"Split: {report.Split}");
            await console.Out.WriteLineAsync($"Training rows: {report.TrainingRows.ToString("N0", CultureInfo.InvariantCulture)}");
            await WriteTableAsync(console.Out, report.Figures);
            await console.Out.WriteLineAsync(report.Decision);
            return 0;
        }));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var member = new Option<string?>("--member") { Description = "The member whose suggestions to list." };
        var all = new Option<bool>("--all") { Description = "Every member's suggestions (one JSON line each with --json); the exposure report goes to stderr." };
        var first = new Option<int>("--first") { Description = "How many suggestions per member.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "JSON Lines: {\"member\": ID, \"suggestions\": [{\"member\", \"score\", \"reasons\"}]}, best first." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("list", "List suggested connections with their reasons, as each member would see them.") { member, all, first, json, dataDir };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var id = parse.GetValue(member);
            var everyone = parse.GetValue(all);
            if ((id is null) == !everyone) throw new CliException("give either --member ID or --all");
            var k = Math.Max(0, parse.GetValue(first));
            var dir = parse.GetValue(dataDir)!;
            var (community, exclusions) = await LoadAsync(dir, ct);
            var models = new ModelStore(dir);
            var engine = new SuggestionEngine(GraphView.Current(community), models.LoadScorer(), exclusions);
            IReadOnlyList<(string Member, IReadOnlyList<Suggestion> Suggestions)> results;
            if (id is not null)
            {
                if (!community.TryGetIndex(id, out _)) throw new CliException($"no member '{id}'");
                results = [(id, exclusions.OptedOut.Contains(id) ? [] : engine.Suggest(id, k, Viewer.ForMember(id)))];
            }
            else
            {
                results = (await Task.Run(() => engine.All(k, Viewer.ForMember, ct), ct)).Where(r => !exclusions.OptedOut.Contains(r.Member)).ToList();
            }
            foreach (var (who, suggestions) in results)
            {
                if (parse.GetValue(json))
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(new { member = who, suggestions = suggestions.Select(x => new { member = x.MemberId, score = x.Score, reasons = x.Reasons }) }, Json));
                else
                    await WriteTextAsync(console.Out, community, who, suggestions);
            }
            await console.Error.WriteLineAsync($"Scored by {engine.Scorer.Name}.");
            if (everyone)
            {
                var exposure = engine.Exposure(results);
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Exposure: Gini {exposure.Gini:0.000} of top-10 appearances; {exposure.MembersSuggested:N0} of {exposure.Members:N0} members suggested at least once; most suggested {exposure.MostSuggested} ({exposure.MostSuggestedCount:N0} times)."));
            }
            return 0;
        }));
        return command;
    }

    private static Command Evaluate(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object: the split, the served scorer and every scorer's figures." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("evaluate", "Measure the served scorer and the heuristics on the current held-out period (trains nothing).") { json, dataDir };
        command.SetAction((parse, ct) => Guard.RunAsync(console, async () =>
        {
            var dir = parse.GetValue(dataDir)!;
            var (community, _) = await LoadAsync(dir, ct);
            var models = new ModelStore(dir);
            var scorer = models.LoadScorer();
            var (split, figures) = await Task.Run(() => Training.Evaluate(community, scorer), ct);
            if (parse.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(new { split, served = scorer.Name, version = models.ReadManifest()?.Version, figures }, Json));
                return 0;
            }
            await console.Out.WriteLineAsync($"Split: {split}");
            await console.Out.WriteLineAsync($"Served: {scorer.Name}{(models.ReadManifest() is null ? " (nothing trained yet: run q suggestions train)" : "")}");
            await WriteTableAsync(console.Out, figures);
            return 0;
        }));
        return command;
    }

    /// <summary>The community, and the dismissals and opt-outs the store keeps (as the server uses them).</summary>
    private static async Task<(Community, Exclusions)> LoadAsync(string dataDir, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(dataDir, Graph.Sqlite.SqliteGraphStore.FileName)))
            throw new CliException($"no Q data in '{dataDir}' (use --data-dir, or import or seed first)");
        await using var store = await GraphStores.OpenAsync(CommonOptions.GraphOptions(dataDir), ct);
        var community = await Community.LoadAsync(store, ct);
        return (community, await Exclusions.StoredAsync(store, community, null, ct));
    }

    private static async Task WriteTableAsync(TextWriter o, IReadOnlyList<Quality> figures)
    {
        var c = CultureInfo.InvariantCulture;
        var aa = figures.FirstOrDefault(q => q.Scorer == Heuristic.AdamicAdar.Name);
        await o.WriteLineAsync($"  {"scorer",-18} {"AUC",7} {"P@10",7} {"R@10",7} {"Hits@20",8} {"R@10 / AA",10}");
        foreach (var q in figures)
        {
            var ratio = aa is { RecallAt10: > 0 } ? (q.RecallAt10 / aa.RecallAt10).ToString("0.00", c) : "-";
            await o.WriteLineAsync(string.Create(c, $"  {q.Scorer,-18} {q.Auc,7:0.0000} {q.PrecisionAt10,7:0.0000} {q.RecallAt10,7:0.0000} {q.HitsAt20,8:0.0000} {ratio,10}"));
        }
        if (figures.Count > 0)
            await o.WriteLineAsync(string.Create(c, $"  ({figures[0].Members:N0} members with {figures[0].Positives:N0} held-out ties; AUC against candidate negatives)"));
    }

    private static async Task WriteTextAsync(TextWriter o, Community community, string member, IReadOnlyList<Suggestion> suggestions)
    {
        var name = community.TryGetIndex(member, out var i) ? community.Members[i].Name : member;
        await o.WriteLineAsync($"Suggestions for {name} ({member}):");
        for (var n = 0; n < suggestions.Count; n++)
        {
            var s = suggestions[n];
            var who = community.TryGetIndex(s.MemberId, out var j) ? community.Members[j].Name : s.MemberId;
            var why = s.Reasons.Count == 0 ? "no reason the member may see" : string.Join("; ", s.Reasons.Select(r => r.Text));
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {n + 1,2}. {who} ({s.MemberId})  {s.Score:0.000}  {why}"));
        }
    }
}
