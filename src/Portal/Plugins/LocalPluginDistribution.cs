namespace OpenChannels.Portal.Plugins;

/// <summary>One node: plugin changes stay where they were made.</summary>
public sealed class LocalPluginDistribution : IPluginDistribution
{
    public Task PackageInstalledAsync(string id, string package, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task EnabledChangedAsync(string id, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemovedAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;
}
