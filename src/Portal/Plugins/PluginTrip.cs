namespace OpenChannels.Portal.Plugins;

/// <summary>A breaker trip: the build it happened to (by <see cref="PluginFingerprint"/>) stays Faulted, even across restarts.</summary>
public sealed record PluginTrip(string Fingerprint, string Reason, DateTimeOffset At);
