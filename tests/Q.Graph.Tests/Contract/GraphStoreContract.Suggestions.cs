using Q.Core.Suggest;

namespace Q.Graph.Tests.Contract;

// The suggestion feedback loop's events (migration 5 in SQLite).
public abstract partial class GraphStoreContract<TFixture>
{
    private static readonly DateTimeOffset S0 = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [SkippableFact]
    public async Task Suggestion_events_are_kept_in_order_and_read_per_member_or_all()
    {
        var store = await SampleStoreAsync();
        SuggestionEvent[] events =
        [
            new("m-1", "m-3", SuggestionEventKind.Shown, S0),
            new("m-1", "m-4", SuggestionEventKind.Shown, S0),
            new("m-1", "m-4", SuggestionEventKind.Dismissed, S0.AddMinutes(1)),
            new("m-1", "m-3", SuggestionEventKind.Requested, S0.AddMinutes(2)),
            new("m-3", "m-1", SuggestionEventKind.Accepted, S0.AddMinutes(3)),
        ];
        await store.ExecuteWriteAsync(async (w, ct) => { await w.RecordSuggestionEventsAsync(events, ct); return 0; });

        Assert.Equal(events, await store.GetSuggestionEventsAsync(null));
        Assert.Equal(events, await store.GetSuggestionEventsAsync("m-1"));
        Assert.Equal([events[0], events[3], events[4]], await store.GetSuggestionEventsAsync("m-3"));
        Assert.Empty(await store.GetSuggestionEventsAsync("m-2"));
    }

    [SkippableFact]
    public async Task Erasing_a_member_removes_every_suggestion_event_about_them_either_way()
    {
        var store = await SampleStoreAsync();
        SuggestionEvent[] events =
        [
            new("m-1", "m-3", SuggestionEventKind.Shown, S0),
            new("m-3", "m-1", SuggestionEventKind.Dismissed, S0),
            new("m-3", "m-4", SuggestionEventKind.Shown, S0),
        ];
        await store.ExecuteWriteAsync(async (w, ct) => { await w.RecordSuggestionEventsAsync(events, ct); return 0; });

        await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "erased-1", ct));

        Assert.Equal([events[2]], await store.GetSuggestionEventsAsync(null));
        Assert.Empty(await store.GetSuggestionEventsAsync("m-1"));
    }
}
