namespace OpenChannels.Portal.Plugins;

/// <summary>A call asked a plugin for a connector or bot its manifest does not provide; the gateway answers it as unavailable.</summary>
public sealed class PluginFeatureMissingException(string message) : InvalidOperationException(message);
