namespace Q.Cli;

/// <summary>
/// The streams a command talks through. Commands never touch <see cref="Console"/> directly, so tests run
/// them in-process with their own streams and the real process behaves the same.
/// </summary>
public sealed record CliConsole(Stream StdIn, Stream StdOut, TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole System { get; } = new(
        Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Out, Console.Error, !Console.IsErrorRedirected);
}
