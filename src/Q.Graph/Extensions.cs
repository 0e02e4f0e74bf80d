using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
using Q.Core.Privacy;

namespace Q.Graph;

public static class Extensions
{
    /// <summary>Registers the configured <see cref="IGraphStore"/> as a singleton, opened (and migrated) at start.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphStoreOptions>()
            .BindConfiguration(GraphStoreOptions.Section)
            .ValidateDataAnnotations() // with the Neo4j settings' own checks (GraphStoreOptions is IValidatableObject)
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => GraphStores.Create(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
        builder.Services.AddHostedService<GraphStoreStartup>();
        // The members' own data services work on the graph; participants (search, …) register themselves.
        builder.Services.AddSingleton<ProfileEditor>();
        builder.Services.AddSingleton<MemberErasure>();
        builder.Services.AddSingleton<PersonalDataExport>();
        // Connectivity figures for evaluators (computed from the graph on demand).
        builder.Services.AddOptions<Analytics.AnalyticsOptions>().BindConfiguration(Analytics.AnalyticsOptions.Section)
            .Validate(o => o.ExactPathsUpTo >= 0 && o.ExactBetweennessUpTo >= 0 && o.SampleSources > 0 && o.TopBrokers >= 0,
                "Analytics: ExactPathsUpTo, ExactBetweennessUpTo and TopBrokers must be 0 or more, SampleSources more than 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new Analytics.NetworkAnalytics(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IOptions<Analytics.AnalyticsOptions>>().Value));
        return builder;
    }

    /// <summary>
    /// The same checks as <see cref="AddGraphStore"/> makes at start, for tools that build the options without a host:
    /// the first problem found, or null.
    /// </summary>
    public static string? Problem(GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? null
            : results[0].ErrorMessage;
    }
}

/// <summary>Opens and migrates the store before the server takes requests, so /readyz means what it says.</summary>
internal sealed class GraphStoreStartup(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitialiseAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
