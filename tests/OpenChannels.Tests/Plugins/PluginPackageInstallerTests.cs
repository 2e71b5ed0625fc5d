using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Plugins.Packages;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginPackageInstallerTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new(new PluginHostOptions { MaxPackageBytes = 1024 * 1024 });
    private readonly PluginPackageInstaller _installer;

    public PluginPackageInstallerTests() =>
        _installer = new PluginPackageInstaller(_sandbox.Registry, _sandbox.Options, NullLogger<PluginPackageInstaller>.Instance);

    [Fact]
    public async Task Install_GoodPackage_IsMovedIntoPlaceAndActive()
    {
        long lastProgress = 0;
        using var zip = Loopback().Sign().ToZip();

        var result = await _installer.InstallAsync(zip, new SyncProgress(n => lastProgress = n), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((PluginStatus.Active, "1.0.0"), (result.Plugin!.Status, result.Plugin.Version));
        Assert.True(File.Exists(Path.Combine(_sandbox.FolderOf("loopback"), "OpenChannels.Plugins.Loopback.dll")));
        Assert.Equal(zip.Length, lastProgress);
        Assert.Empty(Directory.GetFileSystemEntries(PluginFolders.Staging(_sandbox.Options.PluginsDirectory)));
        Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m-1"), "m-1"));
    }

    [Fact]
    public async Task Install_PackageBuiltByThePackPluginTarget_IsAccepted()
    {
        var built = Path.Combine(BuiltPlugins.RepositoryRoot, "artifacts", "packages", "loopback-1.0.0.zip");
        await using var zip = File.OpenRead(built);

        var result = await _installer.InstallAsync(zip, null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(PluginStatus.Active, result.Plugin!.Status);
    }

    [Fact]
    public async Task Install_NewVersionOverARunningOne_SwapsItIn()
    {
        using (var first = Loopback().Sign().ToZip())
        {
            Assert.True((await _installer.InstallAsync(first, null, CancellationToken.None)).Succeeded);
        }

        using var second = Loopback().EditManifest(m => m["version"] = "1.2.0").Sign().ToZip();
        var result = await _installer.InstallAsync(second, null, CancellationToken.None);

        Assert.Equal(("1.2.0", PluginStatus.Active), (result.Plugin!.Version, result.Plugin.Status));
        using var lease = _sandbox.Registry.TryAcquire("loopback")!;
        Assert.Equal("1.2.0", lease.Manifest.Version);
    }

    public static TheoryData<string, Func<TestPackage, TestPackage>, string> BadPackages => new()
    {
        { "bad hash", p => p.Sign().Set("plugin.json", "{}"), "'plugin.json' does not match its SHA-256 in SHA256SUMS" },
        { "unlisted file", p => p.Sign().Set("extra.txt", "surprise"), "'extra.txt' is in the package but not listed in SHA256SUMS" },
        { "listed, missing", p => p.Sign().Remove("OpenChannels.Plugins.Loopback.pdb"), "'OpenChannels.Plugins.Loopback.pdb' is listed in SHA256SUMS but is not in the package" },
        { "no SHA256SUMS", p => p, "SHA256SUMS is missing from the root of the package" },
        { "traversal", p => p.Set("../evil.txt", "x").Sign(), "'../evil.txt' points outside the plugin folder" },
        { "rooted path", p => p.Set("/etc/evil.txt", "x").Sign(), "'/etc/evil.txt' points outside the plugin folder" },
        { "wrong ABI", p => p.EditManifest(m => m["targetAbi"] = "2.0").Sign(), $"targets Abstractions 2.0; this portal provides {OpenChannels.Abstractions.AbiVersion.Current}" },
        { "no manifest", p => p.Remove("plugin.json").Sign(), "plugin.json is missing" },
        { "ships the contract", p => p.Set("OpenChannels.Abstractions.dll", "x").Sign(), "OpenChannels.Abstractions.dll must not be in the package: the portal provides it" },
    };

    [Theory]
    [MemberData(nameof(BadPackages))]
    public async Task Install_BadPackage_IsRefusedWithTheReason_AndNothingIsInstalled(string why, Func<TestPackage, TestPackage> spoil, string error)
    {
        using var zip = spoil(Loopback()).ToZip();

        var result = await _installer.InstallAsync(zip, null, CancellationToken.None);

        Assert.False(result.Succeeded, why);
        Assert.Equal(error, result.Error);
        AssertNothingInstalled();
    }

    [Fact]
    public async Task Install_NotAZip_IsRefused()
    {
        using var garbage = new MemoryStream("this is not a zip at all"u8.ToArray());

        var result = await _installer.InstallAsync(garbage, null, CancellationToken.None);

        Assert.Equal("the file is not a zip archive", result.Error);
        AssertNothingInstalled();
    }

    [Fact]
    public async Task Install_LargerThanTheLimit_IsRefusedWhileReceiving()
    {
        using var big = new MemoryStream(new byte[(1024 * 1024) + 1]);

        var result = await _installer.InstallAsync(big, null, CancellationToken.None);

        Assert.Equal("the package is larger than 1 MB", result.Error);
        AssertNothingInstalled();
    }

    [Fact]
    public async Task Install_MissingDependency_IsRefusedByTheTrialLoad()
    {
        using var zip = TestPackage.FromFolder(BuiltPlugins.TestOnly("missing-dependency")).Sign().ToZip();

        var result = await _installer.InstallAsync(zip, null, CancellationToken.None);

        Assert.StartsWith("a dependency is missing: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_sandbox.FolderOf("missing-dependency")));
    }

    private static TestPackage Loopback() => TestPackage.FromFolder(BuiltPlugins.Loopback);

    private void AssertNothingInstalled()
    {
        Assert.DoesNotContain(Directory.GetDirectories(_sandbox.Options.PluginsDirectory), d => !Path.GetFileName(d).StartsWith('.'));
        Assert.Empty(_sandbox.Registry.List());
        Assert.False(File.Exists(Path.Combine(_sandbox.Options.PluginsDirectory, "evil.txt")));
    }

    public void Dispose() => _sandbox.Dispose();

    /// <summary>Reports on the calling thread, unlike Progress&lt;T&gt;, so the last value is there when the install returns.</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
