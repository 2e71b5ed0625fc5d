namespace OpenChannels.Portal.Plugins;

/// <summary>A loaded generation, or the status and reason it was refused with.</summary>
internal sealed record PluginLoadOutcome(PluginGeneration? Generation, PluginStatus Status, string? Reason)
{
    public static PluginLoadOutcome Loaded(PluginGeneration generation) => new(generation, PluginStatus.Active, null);

    public static PluginLoadOutcome Refused(PluginStatus status, string reason) => new(null, status, reason);
}
