using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;

namespace Q.Suggest;

/// <summary>
/// The suggestions service: loads the community from the store and the served scorer from the data folder on first
/// use (and again after <see cref="Reload"/>), then answers from memory.
/// </summary>
public sealed class Suggester(IGraphStore store, ModelStore models, Exclusions? exclusions = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SuggestionEngine? _engine;
    private IScorer? _scorer;

    /// <summary>The served scorer (the manifest's model or heuristic), read from the data folder once; loaded at start by the host.</summary>
    public IScorer Scorer => _scorer ??= models.LoadScorer();

    /// <summary>
    /// Exclusions supplied by the host; each load adds the dismissals kept in the store (suggestion events), so
    /// call <see cref="Reload"/> after recording one.
    /// </summary>
    public Exclusions Exclusions { get; set; } = exclusions ?? Exclusions.None;

    public async Task<SuggestionEngine> EngineAsync(CancellationToken ct = default)
    {
        if (_engine is { } ready) return ready;
        await _gate.WaitAsync(ct);
        try
        {
            if (_engine is null)
            {
                var community = await Community.LoadAsync(store, ct);
                _engine = new SuggestionEngine(GraphView.Current(community), Scorer, await StoredExclusionsAsync(ct));
            }
            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Exclusions> StoredExclusionsAsync(CancellationToken ct)
    {
        var dismissed = new HashSet<(string, string)>(Exclusions.Dismissed);
        foreach (var e in await store.GetSuggestionEventsAsync(null, ct))
            if (e.Kind == SuggestionEventKind.Dismissed) dismissed.Add((e.MemberId, e.OtherId));
        return Exclusions with { Dismissed = dismissed };
    }

    /// <summary>Forgets the loaded community and scorer (after an import or a training run).</summary>
    public void Reload()
    {
        _engine = null;
        _scorer = null;
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string memberId, int first, Viewer viewer, CancellationToken ct)
    {
        var engine = await EngineAsync(ct);
        return engine.Suggest(memberId, first, viewer);
    }

    /// <summary>Every member's suggestions, computed on both cores; each member's reasons are for that member as viewer.</summary>
    public async Task<IReadOnlyList<(string Member, IReadOnlyList<Suggestion> Suggestions)>> AllAsync(int first, CancellationToken ct)
    {
        var engine = await EngineAsync(ct);
        return await Task.Run(() => engine.All(first, Viewer.ForMember, ct), ct);
    }
}
