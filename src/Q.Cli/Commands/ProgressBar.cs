using System.Diagnostics;
using Q.Core.Interchange;

namespace Q.Cli.Commands;

/// <summary>
/// A one-line progress bar on standard error, drawn only when that is a terminal (never into a log or pipe),
/// and at most ten times a second.
/// </summary>
internal sealed class ProgressBar(CliConsole console) : IProgress<ImportProgress>, IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(ImportProgress value)
    {
        if (!console.ErrorIsTerminal || (_drawn && _sinceDrawn.ElapsedMilliseconds < 100 && value.Done < value.Total)) return;
        _sinceDrawn.Restart();
        _drawn = true;
        var line = value.Total > 0
            ? $"{value.Stage,-8} [{new string('#', (int)(Width * value.Done / value.Total)).PadRight(Width)}] {value.Done:N0}/{value.Total:N0}"
            : $"{value.Stage,-8} {value.Done:N0} lines";
        console.Error.Write($"\r{line}\u001b[K");
    }

    public void Dispose()
    {
        if (_drawn) console.Error.Write("\r\u001b[K");
    }
}
