using System.Diagnostics.CodeAnalysis;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>
/// Installs an uploaded plugin package (a zip of the plugin folder with <c>SHA256SUMS</c>, see docs/plugins.md). Every check runs
/// before anything is installed: size, zip, paths, checksums, manifest, ABI and a trial load. Only then is the folder moved into
/// <c>plugins/&lt;id&gt;/</c> (a rename: it is staged on the same disk) and swapped in, and the other nodes of a cluster are
/// told (<see cref="IPluginDistribution"/>). One install runs at a time.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The semaphore's wait handle is never created, so there is nothing to dispose.")]
public sealed partial class PluginPackageInstaller(
    PluginRegistry registry, PortalOptions options, ILogger<PluginPackageInstaller> logger, IPluginDistribution? distribution = null)
{
    private readonly IPluginDistribution _distribution = distribution ?? new LocalPluginDistribution();

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public long MaxPackageBytes => registry.HostOptions.MaxPackageBytes;

    /// <param name="package">The zip, read to its end.</param>
    /// <param name="received">Told how many bytes have been read so far (the upload's progress).</param>
    /// <param name="cancellationToken">Cancels the install; nothing is installed then.</param>
    public async Task<PackageInstallResult> InstallAsync(Stream package, IProgress<long>? received, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(PluginFolders.Staging(options.PluginsDirectory), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var zip = Path.Combine(staging, "package.zip");
            await ReceiveAsync(package, zip, received, cancellationToken);
            var folder = Path.Combine(staging, "files");
            var id = await Task.Run(() => Check(zip, folder), cancellationToken);
            var target = Path.Combine(options.PluginsDirectory, id);
            MoveIntoPlace(folder, target, staging);
            var info = await registry.LoadFolderAsync(target, cancellationToken);
            LogInstalled(logger, id, info.Version ?? "?", info.Status);
            await _distribution.PackageInstalledAsync(id, zip, cancellationToken);
            return PackageInstallResult.Installed(info);
        }
        catch (PackageRefusedException ex)
        {
            LogRefused(logger, ex.Message);
            return PackageInstallResult.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogRefused(logger, ex.Message);
            return PackageInstallResult.Refused("the plugin could not be written to the plugins folder: " + ex.Message);
        }
        finally
        {
            _oneAtATime.Release();
            PluginShadowCopy.TryDelete(staging);
        }
    }

    private async Task ReceiveAsync(Stream package, string zip, IProgress<long>? received, CancellationToken cancellationToken)
    {
        await using var file = File.Create(zip);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await package.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxPackageBytes)
            {
                throw new PackageRefusedException($"the package is larger than {PackageLimits.Describe(MaxPackageBytes)}");
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            received?.Report(total);
        }

        if (total == 0)
        {
            throw new PackageRefusedException("the package is empty");
        }
    }

    /// <summary>Unpacks and checks the package; returns the plugin id it installs as.</summary>
    private string Check(string zip, string folder)
    {
        PackageArchive.Extract(zip, folder, MaxPackageBytes);
        Sha256Sums.Verify(folder);
        if (File.Exists(Path.Combine(folder, "OpenChannels.Abstractions.dll")))
        {
            throw new PackageRefusedException("OpenChannels.Abstractions.dll must not be in the package: the portal provides it");
        }

        var (id, error) = registry.Validate(folder);
        return error is null && id is not null ? id : throw new PackageRefusedException(error ?? "plugin.json has no id");
    }

    /// <summary>Two renames on one disk: the old folder out of the way, the new one in. The old one is restored if the second fails.</summary>
    private static void MoveIntoPlace(string folder, string target, string staging)
    {
        var previous = Path.Combine(staging, "previous");
        var replacing = Directory.Exists(target);
        if (replacing)
        {
            Directory.Move(target, previous);
        }

        try
        {
            Directory.Move(folder, target);
        }
        catch (IOException) when (replacing)
        {
            Directory.Move(previous, target);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin package installed as {PluginId} {Version}: {Status}")]
    private static partial void LogInstalled(ILogger logger, string pluginId, string version, PluginStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin package refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
