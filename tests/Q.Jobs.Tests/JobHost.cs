using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Q.Graph;
using Q.Search;
using Q.Suggest;

namespace Q.Jobs.Tests;

/// <summary>The services q serve runs the jobs with (graph, search, suggestions, jobs), on a test's data folder.</summary>
internal static class JobHost
{
    /// <summary>Every job disabled unless the settings enable it, so only the job under test fires.</summary>
    public static IHost Build(string data, IDictionary<string, string?>? settings = null, bool schedule = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["GraphStore:DataDirectory"] = data,
            ["Search:DataDirectory"] = data,
        };
        foreach (var job in JobNames.All) config[$"{JobNames.Key(job)}:Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        builder.AddGraphStore();
        builder.AddSearchIndex();
        builder.AddSuggestions();
        builder.AddJobs(schedule);
        return builder.Build();
    }
}
