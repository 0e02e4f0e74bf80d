using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
using Q.Graph;

namespace Q.Suggest;

public static class Extensions
{
    /// <summary>Registers <see cref="Suggester"/>: the graph store's data folder holds the models (<c>{data}/suggest</c>).</summary>
    public static IHostApplicationBuilder AddSuggestions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new ModelStore(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value.DataDirectory));
        builder.Services.AddSingleton(sp => new Suggester(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<ModelStore>()));
        builder.Services.AddHostedService<SuggesterStartup>();
        return builder;
    }
}

/// <summary>Loads the served model (or notes the heuristic) at start, so the first request does not pay for it.</summary>
internal sealed class SuggesterStartup(Suggester suggester) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = suggester.Scorer;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
