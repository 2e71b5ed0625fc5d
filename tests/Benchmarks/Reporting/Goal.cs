using System.Globalization;

namespace OpenChannels.Benchmarks.Reporting;

/// <summary>The issue's target for a figure: at most or at least <see cref="Limit"/>.</summary>
public sealed record Goal(double Limit, bool AtMost)
{
    public static Goal Max(double limit) => new(limit, AtMost: true);

    public static Goal Min(double limit) => new(limit, AtMost: false);

    public bool IsMet(double value) => AtMost ? value <= Limit : value >= Limit;

    /// <summary>How far the figure is from its goal: 1 or more is met, below 1 is the fraction reached (the worst is the smallest).</summary>
    public double Ratio(double value) => AtMost
        ? (value <= 0 ? double.PositiveInfinity : Limit / value)
        : (Limit <= 0 ? double.PositiveInfinity : value / Limit);

    public override string ToString() => (AtMost ? "≤ " : "≥ ") + Limit.ToString("0.###", CultureInfo.InvariantCulture);
}
