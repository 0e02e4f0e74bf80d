using System.Text;

namespace Q.Cli.Tests;

/// <summary>The outcome of one in-process run of the q command, with everything it printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error, byte[] StdOut)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the real command tree in-process against a temporary data folder.</summary>
public sealed class CliRun : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("q-cli-").FullName;

    public string DataDir => Path.Combine(Root, "data");

    public string File(string name, string? content = null)
    {
        var path = Path.Combine(Root, name);
        if (content is not null) System.IO.File.WriteAllText(path, content);
        return path;
    }

    public async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, output, error, ErrorIsTerminal: false);
        var code = await Cli.RunAsync(args, console);
        return new CliResult(code, output.ToString(), error.ToString(), stdout.ToArray());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public Task<CliResult> ImportAsync(string jsonl, params string[] extra) =>
        RunWithInputAsync(jsonl, ["import", "-", "--data-dir", DataDir, .. extra]);

    /// <summary>The store's whole content as export lines.</summary>
    public async Task<string[]> ExportAsync(string? dataDir = null)
    {
        var result = await RunAsync("export", "-", "--data-dir", dataDir ?? DataDir);
        Assert.Equal(0, result.ExitCode);
        return Encoding.UTF8.GetString(result.StdOut).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
