using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenChannels.Benchmarks.Reporting;

/// <summary>
/// Writes a scenario's figures into the results file (docs/benchmarks.md) as its own section between HTML comment markers,
/// replacing the section from an earlier run with the same id and label and leaving everything else in the file as it is.
/// </summary>
public static partial class ResultsDocument
{
    private const string Header = """
        # Benchmarks

        Figures written by the harness in `tests/Benchmarks` (see the top of this file for how to run it). Each section is replaced
        by the next run of its scenario.

        """;

    public static void Write(string path, ScenarioResult result, string? label)
    {
        var key = label is null ? result.Id : $"{result.Id}:{label}";
        var section = Render(result, key, label);
        var text = File.Exists(path) ? File.ReadAllText(path) : Header;
        var start = $"<!-- bench:{key} -->";
        var end = $"<!-- /bench:{key} -->";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? string.Concat(text.AsSpan(0, from), section, text.AsSpan(to + end.Length))
            : text.TrimEnd() + "\n\n" + section + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }

    public static string Render(ScenarioResult result, string key, string? label)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"<!-- bench:{key} -->");
        s.AppendLine(CultureInfo.InvariantCulture, $"### {result.Id} {result.Title}{(label is null ? "" : $" ({label})")}");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"- Date: {result.StartedAt:yyyy-MM-dd HH:mm} UTC, took {result.Duration.TotalMinutes:0.0} min");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Hardware: {result.Hardware}");
        s.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{result.Command}`");
        if (result.Settings.Count > 0)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"- Settings: {string.Join("; ", result.Settings.Select(p => $"{p.Key} = {p.Value}"))}");
        }

        s.AppendLine();
        if (result.Error is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"**The run failed:** {OneLine().Replace(result.Error, " ")}");
            s.AppendLine();
        }

        if (result.Figures.Count > 0)
        {
            s.AppendLine("| Figure | Median | Unit | Runs | Goal | |");
            s.AppendLine("|---|---:|---|---|---|---|");
            foreach (var f in result.Figures)
            {
                var runs = string.Join(", ", f.Values.Select(Figure.Format));
                s.AppendLine(CultureInfo.InvariantCulture, $"| {f.Name} | {Figure.Format(f.Median)} | {f.Unit} | {runs} | {f.Goal?.ToString() ?? ""} | {f.Verdict} |");
            }

            s.AppendLine();
        }

        foreach (var note in result.Notes)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        s.Append(CultureInfo.InvariantCulture, $"<!-- /bench:{key} -->");
        return s.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex OneLine();
}
