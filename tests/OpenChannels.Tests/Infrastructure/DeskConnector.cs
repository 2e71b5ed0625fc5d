using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>What a <see cref="Desk"/> connects: a built connector plugin, the fake of its messenger, and connection settings pointing at it.</summary>
/// <param name="PluginId">The plugin id, e.g. <c>telegram</c>; the solution build must have dropped it into plugins/.</param>
/// <param name="Platform">The fake messenger API; it records every call the plugin makes.</param>
/// <param name="Settings">The connection's settings, as the REST API takes them.</param>
public sealed record DeskConnector(string PluginId, FakePlatformServer Platform, IReadOnlyDictionary<string, string> Settings);
