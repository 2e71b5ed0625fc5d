using OpenChannels.Benchmarks.Reporting;
using Xunit.Abstractions;

namespace OpenChannels.Benchmarks.Tests;

/// <summary>
/// Each scenario in smoke mode (tiny sizes, one run) against the real built portal: it must finish without error, produce
/// figures with values and write its section to a results file. Speed is not asserted: that is what the real runs are for.
/// </summary>
public sealed class ScenarioSmokeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("P1")]
    [InlineData("P2")]
    [InlineData("P3")]
    [InlineData("P4")]
    [InlineData("P5")]
    [InlineData("P6")]
    [InlineData("P7")]
    public async Task Scenario_SmokeRun_ProducesFiguresAndWritesItsSection(string id)
    {
        var file = Path.Combine(Path.GetTempPath(), $"oc-bench-smoke-{Guid.NewGuid():N}.md");
        using var log = new StringWriter();
        try
        {
            var results = await BenchmarkRunner.RunAsync(BenchOptions.Parse([id, "--smoke", "--out", file]), log);

            var result = Assert.Single(results);
            Assert.True(result.Error is null, result.Error + "\n" + log);
            Assert.NotEmpty(result.Figures);
            Assert.All(result.Figures, f => Assert.NotEmpty(f.Values));
            Assert.Contains(result.Figures, f => !double.IsNaN(f.Median));
            var written = await File.ReadAllTextAsync(file);
            Assert.Contains($"<!-- bench:{id} -->", written, StringComparison.Ordinal);
            Assert.Contains(result.Hardware.CpuModel, written, StringComparison.Ordinal);
            Assert.Contains($"-- {id} --smoke", written, StringComparison.Ordinal);
        }
        finally
        {
            output.WriteLine(log.ToString());
            File.Delete(file);
        }
    }
}
