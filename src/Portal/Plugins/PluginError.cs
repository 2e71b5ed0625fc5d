namespace OpenChannels.Portal.Plugins;

/// <summary>The last thing that went wrong with a plugin (a refused load or a failed call), and when.</summary>
public sealed record PluginError(string Message, DateTimeOffset At);
