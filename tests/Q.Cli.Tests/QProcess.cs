using System.Diagnostics;

namespace Q.Cli.Tests;

/// <summary>
/// The built q executable as a separate process: for what only a real process shows (exit codes, streams), and for
/// settings from environment variables, which an in-process run would share with every test running beside it.
/// </summary>
internal static class QProcess
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var q = Path.Combine(AppContext.BaseDirectory.Replace(Path.Combine("tests", "Q.Cli.Tests"), Path.Combine("src", "Q.Cli"), StringComparison.Ordinal), "q.dll");
        Assert.True(File.Exists(q), $"q not built at {q}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(q);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
