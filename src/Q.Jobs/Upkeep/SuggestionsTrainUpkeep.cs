using Q.Core.Ports;
using Q.Suggest;

namespace Q.Jobs.Upkeep;

/// <summary>
/// suggestions-train: retrains the link model on the current graph. Training.Run keeps the served model unless the new
/// one has a higher recall@10 (AUC breaking ties) on the same held-out ties; the served suggester reloads only when
/// something new is served.
/// </summary>
public sealed class SuggestionsTrainUpkeep(IGraphStore store, ModelStore models, Suggester suggester) : IUpkeep
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var community = await Community.LoadAsync(store, ct);
        var report = await Task.Run(() => Training.Run(community, models), ct);
        if (report.Replaced) suggester.Reload();
        return report.Decision;
    }
}
