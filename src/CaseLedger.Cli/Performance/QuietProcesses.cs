using System.Diagnostics;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// Waits until this process and the given ones (the API under test) use less than a tenth of a core over half a second. A warm-up
/// leaves work behind that is not the timed steps': the runtime compiles the methods it made hot to their final tier in the
/// background, and on 2 saturated cores that queue drains only once the load stops (measured on the API after 3,000 warm-up steps:
/// 0.95 s, then 0.45 s of CPU in the first two idle seconds, then 0.03 s per second; timed at once, 4,181 methods were compiled
/// during the 2,000 timed steps).
/// </summary>
internal static class QuietProcesses
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    /// <summary>Seconds until quiet, or null when <paramref name="giveUpAfter"/> passed first (or a process's CPU cannot be read).</summary>
    public static async Task<double?> WaitAsync(IReadOnlyList<int> pids, TimeSpan giveUpAfter)
    {
        var clock = Stopwatch.StartNew();
        var before = CpuOf(pids);
        while (before is not null && clock.Elapsed < giveUpAfter)
        {
            await Task.Delay(Window);
            var after = CpuOf(pids);
            if (after is null)
                return null;
            if (after.Value - before.Value < Window / 10)
                return Math.Round(clock.Elapsed.TotalSeconds, 2);
            before = after;
        }
        return null;
    }

    /// <summary>The CPU this process and <paramref name="pids"/> have used so far (user and system, from /proc on Linux).</summary>
    private static TimeSpan? CpuOf(IReadOnlyList<int> pids)
    {
        var total = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var pid in pids)
        {
            try
            {
                total += Process.GetProcessById(pid).TotalProcessorTime;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
        return total;
    }
}
