using OpenChannels.Benchmarks.Scenarios;

namespace OpenChannels.Benchmarks;

/// <summary>Every scenario by its id, in the order.</summary>
public static class ScenarioCatalog
{
    private static readonly Func<IScenario>[] Factories =
    [
        () => new IngestScenario(),
        () => new ScreenLatencyScenario(),
        () => new MemoryPerScreenScenario(),
        () => new IdleFootprintScenario(),
        () => new LongHistoryScenario(),
        () => new HotSwapScenario(),
        () => new TimersScenario(),
    ];

    public static IReadOnlyList<string> Ids { get; } = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];

    public static IScenario Create(string id) => Factories[Ids.ToList().IndexOf(id)]();
}
