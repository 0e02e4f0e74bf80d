namespace Q.Cli.Tests;

/// <summary>The built executable itself: exit codes, and which stream each kind of output goes to.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task The_q_executable_reads_standard_input_and_exits_1_when_a_line_is_rejected()
    {
        var (code, stdout, stderr) = await RunAsync(
            """
            {"kind":"member","id":"m-1","name":"One"}
            {"kind":"member","id":"m-2","name":"Two","joined":"yesterday"}
            """, "import", "-", "--data-dir", _q.DataDir);

        Assert.Equal(1, code);
        Assert.Equal("line 2: member m-2: joined 'yesterday' is not a date (expected YYYY-MM-DD)", stderr.Trim());
        Assert.Contains("Imported 1 records", stdout);

        var export = await RunAsync("", "export", "-", "--data-dir", _q.DataDir);
        Assert.Equal(0, export.Code);
        Assert.StartsWith("""{"kind":"member","id":"m-1","name":"One","role":"other",""", export.Stdout);
        Assert.Equal("Exported 1 records.", export.Stderr.Trim());
    }

    private static Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args) =>
        QProcess.RunAsync(stdin, null, args);
}
