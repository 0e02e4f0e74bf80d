using System.CommandLine;
using Q.Graph;

namespace Q.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>
    /// --data-dir, else $Q_DATA_DIR, else $GraphStore__DataDirectory, else ./data: one rule for every command, so
    /// `q import` and `q serve` always find the same store.
    /// </summary>
    public static Option<string> DataDir() => new("--data-dir")
    {
        Description = "The data folder (default: $Q_DATA_DIR, else $GraphStore__DataDirectory, else ./data).",
        DefaultValueFactory = _ => FromEnvironment("Q_DATA_DIR") ?? FromEnvironment("GraphStore__DataDirectory") ?? "data",
    };

    private static string? FromEnvironment(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    /// <summary>
    /// The graph store for a command without backend options (metrics, token, suggestions…): still the one the
    /// environment and appsettings.json configure, so every command works on the same store as q serve.
    /// </summary>
    public static GraphStoreOptions GraphOptions(string dataDir) =>
        BackendOptions.GraphOptions(BackendOptions.Configuration(BackendOptions.Overrides(null, new BackendOptions().GraphOnly)), dataDir);
}

/// <summary>A failure the user can fix, reported as one line without a stack trace (exit code 2).</summary>
internal sealed class CliException(string message) : Exception(message);
