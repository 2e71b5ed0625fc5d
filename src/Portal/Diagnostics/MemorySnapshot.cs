namespace OpenChannels.Portal.Diagnostics;

/// <summary>Memory figures of the running portal, in bytes, and how many Blazor circuits (open screens) it holds.</summary>
public sealed record MemorySnapshot(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes, int OpenCircuits);
