using Microsoft.Extensions.Options;
using Q.Core.Ports;

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
        catch (Exception e) when (e is CliException or GraphStoreException or Search.Elasticsearch.SearchBackendException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"q: {e.Message}");
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"q: the configuration is not valid: {string.Join(" ", e.Failures)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("q: cancelled; nothing from the unfinished step was written.");
            return 130;
        }
    }
}
