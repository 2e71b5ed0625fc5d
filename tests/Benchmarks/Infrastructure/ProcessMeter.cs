using System.Globalization;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>Reads another process's resident memory and CPU time from /proc (Linux), so nothing runs inside the portal to measure it.</summary>
public static class ProcessMeter
{
    // USER_HZ: the unit of utime/stime in /proc/[pid]/stat; 100 on every Linux build the portal targets.
    private const double TicksPerSecond = 100;

    /// <summary>VmRSS in bytes.</summary>
    public static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>User plus system CPU time the process has used so far, in seconds.</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (user + system) / TicksPerSecond;
    }
}
