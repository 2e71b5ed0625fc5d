using OpenChannels.Benchmarks.Reporting;

namespace OpenChannels.Benchmarks.Scenarios;

/// <summary>One benchmark of issue 10: runs against a fresh portal and adds its figures, settings and notes to the result.</summary>
public interface IScenario
{
    string Id { get; }

    string Title { get; }

    Task RunAsync(BenchOptions options, ScenarioResult result, TextWriter log);
}
