namespace Q.Cli.Commands;

/// <summary>Turns the failures a user can fix into one clear line and exit code 2; anything else propagates.</summary>
internal static class Guard
{
    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is CliException or InvalidOperationException { Source: "Q.Graph" })
        {
            await console.Error.WriteLineAsync($"q: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("q: cancelled; nothing from the unfinished step was written.");
            return 130;
        }
    }
}
