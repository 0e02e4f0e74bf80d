using System.Diagnostics;
using System.Globalization;

namespace Q.Cli.Bench;

/// <summary>Wall-clock time, and CPU time over all threads (about twice the wall time when both cores work).</summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    public double Seconds => Wall.TotalSeconds;

    public static Timing operator +(Timing a, Timing b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"**{Wall.TotalSeconds:0.00} s** (CPU {Cpu.TotalSeconds:0.00} s)");
}

/// <summary>Times one step of a bench, after a full collection so it starts with none of the previous step's garbage.</summary>
internal static class Timed
{
    public static (T Result, Timing Timing) Run<T>(Func<T> work)
    {
        GC.Collect();
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, new Timing(clock.Elapsed, CpuTime() - cpu));
    }

    public static async Task<(T Result, Timing Timing)> RunAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var result = await work();
        return (result, new Timing(clock.Elapsed, CpuTime() - cpu));
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
