using System.Globalization;

namespace OpenChannels.Benchmarks.Reporting;

/// <summary>One reported number: its value in every run, the median of them, and the goal it is held against (if any).</summary>
public sealed record Figure(string Name, string Unit, IReadOnlyList<double> Values, Goal? Goal = null)
{
    public double Median => Stats.Median(Values);

    public string Verdict => Goal is null || double.IsNaN(Median) ? "" : Goal.IsMet(Median) ? "met" : "missed";

    public static string Format(double value) => double.IsNaN(value) ? "n/a"
        : Math.Abs(value) >= 100 ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);
}
