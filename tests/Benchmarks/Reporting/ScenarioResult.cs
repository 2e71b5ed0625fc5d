namespace OpenChannels.Benchmarks.Reporting;

/// <summary>What one scenario measured, with everything needed to reproduce and judge it.</summary>
public sealed class ScenarioResult(string id, string title)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public Hardware Hardware { get; } = Hardware.Read();

    public TimeSpan Duration { get; set; }

    public string Command { get; set; } = "";

    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public List<Figure> Figures { get; } = [];

    public List<string> Notes { get; } = [];

    public string? Error { get; set; }

    public Figure Add(string name, string unit, IReadOnlyList<double> values, Goal? goal = null)
    {
        var figure = new Figure(name, unit, values, goal);
        Figures.Add(figure);
        return figure;
    }
}
