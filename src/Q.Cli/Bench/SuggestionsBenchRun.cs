using System.Diagnostics;
using System.Globalization;
using Q.Cli.Commands;
using Q.Core.Model;
using Q.Graph;
using Q.Suggest;

namespace Q.Cli.Bench;

/// <summary>
/// One suggestions size: the seeded demo community (or a data folder given with --data-dir, reused as it is), the
/// link model trained once, then suggestions served as the server serves them (<see cref="Suggester"/>, reasons
/// included): one member's top 10 for a seeded random sample of members, one after another, then every member's
/// top 20 on both cores. Models are written to a scratch folder, so a reused folder's served model is untouched.
/// </summary>
internal sealed class SuggestionsBenchRun(int members, int seed, string? dataDir, int sample, BenchReport report)
{
    private const int Warmup = 50;

    public async Task RunAsync(CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("q-bench-suggest-").FullName;
        try
        {
            var dir = dataDir ?? Path.Combine(scratch, "data");
            await using var store = await GraphStores.OpenAsync(CommonOptions.GraphOptions(dir), ct);
            var counts = await store.CountAsync(ct);
            if (DemoSeeder.IsEmpty(counts))
            {
                var (_, seeding) = await Timed.RunAsync(() => DemoSeeder.SeedAsync(store, members, seed, null, ct));
                counts = await store.CountAsync(ct);
                await report.RowAsync(counts.Members, $"demo community seeded (seed {seed.ToString(CultureInfo.InvariantCulture)}) and imported", seeding.ToString());
            }
            else await report.RowAsync(counts.Members, $"community reused from {dir}", $"{counts.Connections:N0} ties");
            var size = (int)counts.Members;

            // Training, as `q suggestions train` runs it after loading the community.
            var (community, load) = await Timed.RunAsync(() => Community.LoadAsync(store, ct));
            await report.RowAsync(size, "community loaded from the store (`Community.LoadAsync`)", load.ToString());
            var models = new ModelStore(Path.Combine(scratch, "models"));
            var (training, train) = Timed.Run(() => Training.Run(community, models));
            var model = training.Figures.Single(q => q.Scorer == "model");
            var aa = training.Figures.Single(q => q.Scorer == Heuristic.AdamicAdar.Name);
            await report.RowAsync(size, $"training (`Training.Run`: temporal split, {training.TrainingRows:N0} training rows, LightGBM, evaluation of the model and three heuristics on {model.Members:N0} members, save)", train.ToString());
            await report.RowAsync(size, "quality on the held-out period (model vs Adamic-Adar)", string.Create(CultureInfo.InvariantCulture,
                $"R@10 {model.RecallAt10:0.0000} vs {aa.RecallAt10:0.0000} (**{model.RecallAt10 / aa.RecallAt10:0.00}×**), AUC {model.Auc:0.000}; serving {training.Served}"));
            community = null;

            // Serving: the server's Suggester over the same store and the model just trained.
            var suggester = new Suggester(store, models);
            var ids = new List<string>();
            await foreach (var m in store.StreamMembersAsync(ct)) ids.Add(m.Id);
            var (_, engine) = await Timed.RunAsync(() => suggester.EngineAsync(ct));
            await report.RowAsync(size, "suggester loaded (community, current graph view, stored exclusions, model)", engine.ToString());

            var chosen = ids.ToArray();
            new Random(seed).Shuffle(chosen);
            foreach (var id in chosen.Take(Warmup)) await suggester.SuggestAsync(id, 10, Viewer.ForMember(id), ct);
            var samples = new List<double>();
            var returned = 0L;
            foreach (var id in chosen.Skip(Warmup).Take(sample))
            {
                var clock = Stopwatch.StartNew();
                returned += (await suggester.SuggestAsync(id, 10, Viewer.ForMember(id), ct)).Count;
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
            var one = new Latencies(samples);
            await report.RowAsync(size, $"one member's top 10 with reasons (`Suggester.SuggestAsync`), {one.Count:N0} seeded random members one after another, after {Warmup} untimed",
                $"p50 {one.Percentile(50):0.00} ms, **p99 {one.Percentile(99):0.00} ms**, max {one.Max:0.00} ms ({returned / (double)Math.Max(1, one.Count):0.0} returned on average)");

            var (all, every) = await Timed.RunAsync(() => suggester.AllAsync(20, ct));
            await report.RowAsync(size, $"every member's top 20 with reasons (`Suggester.AllAsync`, both cores; {all.Count:N0} members, {all.Sum(a => a.Suggestions.Count):N0} suggestions)", every.ToString());
            await report.RowAsync(size, "load average after this size (1 / 5 / 15 min)", MetricsBenchReport.LoadAverage());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }
}
