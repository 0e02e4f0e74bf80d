using System.CommandLine;
using Q.Graph;

namespace Q.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>--data-dir, defaulting to $Q_DATA_DIR or ./data, so every command finds the same store.</summary>
    public static Option<string> DataDir() => new("--data-dir")
    {
        Description = "The data folder (default: $Q_DATA_DIR, else ./data).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Q_DATA_DIR") is { Length: > 0 } dir ? dir : "data",
    };

    public static GraphStoreOptions GraphOptions(string dataDir) => new() { DataDirectory = dataDir };
}

/// <summary>A failure the user can fix, reported as one line without a stack trace (exit code 2).</summary>
internal sealed class CliException(string message) : Exception(message);
