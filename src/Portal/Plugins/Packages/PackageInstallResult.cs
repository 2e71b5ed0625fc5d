namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>What became of an uploaded package: the installed plugin, or why nothing was installed.</summary>
public sealed record PackageInstallResult(PluginInfo? Plugin, string? Error)
{
    public bool Succeeded => Error is null;

    public static PackageInstallResult Installed(PluginInfo plugin) => new(plugin, null);

    public static PackageInstallResult Refused(string error) => new(null, error);
}
