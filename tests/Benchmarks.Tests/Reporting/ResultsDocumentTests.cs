using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Tests.Reporting;

public sealed class ResultsDocumentTests
{
    [Fact]
    public void Write_SameScenarioTwice_ReplacesItsSectionAndKeepsTheRest()
    {
        var file = Path.Combine(Path.GetTempPath(), $"oc-bench-doc-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(file, "# Benchmarks\n\nHand-written notes.\n");
            var first = new ScenarioResult("P4", "idle");
            first.Add("RSS", "MiB", [111]);
            var second = new ScenarioResult("P4", "idle");
            second.Add("RSS", "MiB", [222]);
            var other = new ScenarioResult("P7", "timers");
            other.Add("lateness", "s", [3]);

            ResultsDocument.Write(file, first, label: null);
            ResultsDocument.Write(file, other, label: null);
            ResultsDocument.Write(file, second, label: null);
            ResultsDocument.Write(file, second, label: "after");

            var text = File.ReadAllText(file);
            Assert.Contains("Hand-written notes.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("| 111 |", text, StringComparison.Ordinal);
            Assert.Equal(2, text.Split("| RSS | 222 |").Length - 1);
            Assert.Contains("<!-- bench:P4:after -->", text, StringComparison.Ordinal);
            Assert.True(text.IndexOf("bench:P4 ", StringComparison.Ordinal) < text.IndexOf("bench:P7 ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Render_FigureWithGoal_ShowsMedianOfRunsAndVerdict()
    {
        var result = new ScenarioResult("P1", "ingest");
        result.Add("rate", "msg/s", [10, 30, 20], Goal.Min(25));

        var text = ResultsDocument.Render(result, "P1", null);

        Assert.Contains("| rate | 20 | msg/s | 10, 30, 20 | ≥ 25 | missed |", text, StringComparison.Ordinal);
        Assert.Contains(result.Hardware.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cores", text, StringComparison.Ordinal);
    }
}
