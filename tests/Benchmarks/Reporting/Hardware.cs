using System.Globalization;
using System.Runtime.InteropServices;

namespace OpenChannels.Benchmarks.Reporting;

/// <summary>What the figures were measured on, read from /proc at the start of a scenario (the load average says how noisy it was).</summary>
public sealed record Hardware(int Cores, string CpuModel, long MemoryMb, string LoadAverage, string Os, string Runtime)
{
    public static Hardware Read() => new(
        Environment.ProcessorCount,
        ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        long.TryParse(ProcLine("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var kb) ? kb / 1024 : 0,
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a",
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cores} cores ({CpuModel}), {MemoryMb / 1024.0:0.#} GiB RAM, {Os}, {Runtime}; load average at start {LoadAverage}");

    private static string? ProcLine(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
