using Q.Suggest;

namespace Q.Suggest.Tests;

/// <summary>Training keeps every positive and a seeded sample of at most k negatives per member, the same on every run.</summary>
public sealed class SamplingTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Training_rows_keep_every_positive_and_at_most_k_negatives_per_member_deterministically()
    {
        var split = TemporalSplit.Create(demo.Community);
        var all = PairSet.Build(split.TrainGraph, split.TrainPositives);
        var sampled = PairSet.Build(split.TrainGraph, split.TrainPositives, negativesPerMember: 10);
        var again = PairSet.Build(split.TrainGraph, split.TrainPositives, negativesPerMember: 10);

        Assert.Equal(all.Groups.Count, sampled.Groups.Count);
        Assert.Equal(all.Labels.Count(l => l), sampled.Labels.Count(l => l));
        foreach (var (full, kept) in all.Groups.Zip(sampled.Groups))
        {
            Assert.True(kept.Positive.Count(p => !p) <= 10);
            Assert.Equal(Math.Min(10, full.Positive.Count(p => !p)), kept.Positive.Count(p => !p));
            Assert.Subset(full.Candidates.ToHashSet(), kept.Candidates.ToHashSet());
            Assert.Equal(full.AllPositives, kept.AllPositives);
        }
        Assert.Equal(sampled.Groups.SelectMany(g => g.Candidates), again.Groups.SelectMany(g => g.Candidates));
        Assert.True(sampled.Rows < all.Rows / 3, $"{sampled.Rows} of {all.Rows} rows kept");
    }
}
