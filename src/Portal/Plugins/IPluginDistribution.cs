namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Tells the other nodes of a cluster about a plugin change an administrator made on this one: a package installed, a plugin
/// disabled or enabled, a plugin removed. A call that changes nothing shared does nothing, so a node applying a change it heard
/// from another node through these same paths never echoes it back. A single node has nobody to tell (<see cref="LocalPluginDistribution"/>).
/// </summary>
public interface IPluginDistribution
{
    /// <param name="id">The plugin.</param>
    /// <param name="package">The package file that was installed (a zip, still on disk during the call).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task PackageInstalledAsync(string id, string package, CancellationToken cancellationToken);

    Task EnabledChangedAsync(string id, bool enabled, CancellationToken cancellationToken);

    Task RemovedAsync(string id, CancellationToken cancellationToken);
}
