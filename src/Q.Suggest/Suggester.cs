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
    /// call <see cref="ForgetCommunity"/> after recording one.
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
                _engine = new SuggestionEngine(GraphView.Current(community), Scorer, await StoredExclusionsAsync(community, ct));
            }
            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Exclusions> StoredExclusionsAsync(Community community, CancellationToken ct)
    {
        var stored = await Exclusions.StoredAsync(store, community, Exclusions, ct);
        OptedOut = stored.OptedOut;
        return stored;
    }

    /// <summary>Forgets the loaded community and scorer (after an import or a training run).</summary>
    public void Reload()
    {
        _engine = null;
        _scorer = null;
    }

    /// <summary>
    /// Forgets the loaded community only (after a profile, visibility, erasure or feedback change): the next request
    /// loads it again; the served model, which such a change does not touch, is not read from disk again.
    /// </summary>
    public void ForgetCommunity() => _engine = null;

    /// <summary>Members who opted out of suggestions, as of the last load.</summary>
    public IReadOnlySet<string> OptedOut { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A member's suggestions; none for a member who opted out (nor are they anyone's suggestion).</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string memberId, int first, Viewer viewer, CancellationToken ct)
    {
        var engine = await EngineAsync(ct);
        if (OptedOut.Contains(memberId)) return [];
        return engine.Suggest(memberId, first, viewer);
    }

    /// <summary>Every member's suggestions, computed on both cores; each member's reasons are for that member as viewer.</summary>
    public async Task<IReadOnlyList<(string Member, IReadOnlyList<Suggestion> Suggestions)>> AllAsync(int first, CancellationToken ct)
    {
        var engine = await EngineAsync(ct);
        var all = await Task.Run(() => engine.All(first, Viewer.ForMember, ct), ct);
        return all.Where(x => !OptedOut.Contains(x.Member)).ToList();
    }
}
