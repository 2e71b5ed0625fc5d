namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>The body of <c>GET /api/v1/diagnostics/memory</c>, plus the RSS the harness read from /proc.</summary>
public sealed record MemoryReading(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes, int OpenCircuits, long RssBytes = 0);
