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

    public static GraphStoreOptions GraphOptions(string dataDir) => new() { DataDirectory = dataDir };
}

/// <summary>A failure the user can fix, reported as one line without a stack trace (exit code 2).</summary>
internal sealed class CliException(string message) : Exception(message);
