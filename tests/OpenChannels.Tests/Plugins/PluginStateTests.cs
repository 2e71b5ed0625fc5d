using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginStateTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new(new PluginHostOptions { BreakerThreshold = 2 });
    private readonly string _folder;

    public PluginStateTests() => _folder = _sandbox.Install(BuiltPlugins.TestOnly("throwing"), "throwing");

    [Fact]
    public async Task LastError_IsPersisted_AndShownAfterARestart()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m", "throwing");
        var error = _sandbox.Registry.Find("throwing")!.LastError;

        await Eventually.TrueAsync(() => new PluginStateStore(_sandbox.Options).LastError("throwing")?.Message == error, "saving the last error");
        using var restarted = _sandbox.NewRegistry();
        await restarted.ScanAsync(CancellationToken.None);
        var info = restarted.Find("throwing")!;
        Assert.Equal((PluginStatus.Active, error), (info.Status, info.LastError));
        Assert.NotNull(info.LastErrorAt);
    }

    [Fact]
    public async Task Tripped_StaysFaultedAfterARestart_UntilAnAdministratorEnablesIt()
    {
        await TripAsync();

        using var restarted = _sandbox.NewRegistry();
        await restarted.ScanAsync(CancellationToken.None);
        Assert.Equal(PluginStatus.Faulted, restarted.Find("throwing")!.Status);
        Assert.StartsWith("stopped after 2 failed calls in a row", restarted.Find("throwing")!.Reason, StringComparison.Ordinal);
        Assert.Null(restarted.TryAcquire("throwing"));

        Assert.True(await restarted.SetEnabledAsync("throwing", true, CancellationToken.None));
        Assert.Equal(PluginStatus.Active, restarted.Find("throwing")!.Status);
        using var lease = restarted.TryAcquire("throwing");
        Assert.NotNull(lease);
    }

    [Fact]
    public async Task Tripped_SameFilesReloaded_StayFaulted_ButANewBuildLoads()
    {
        await TripAsync();

        await _sandbox.Registry.LoadFolderAsync(_folder, CancellationToken.None);
        Assert.Equal(PluginStatus.Faulted, _sandbox.Registry.Find("throwing")!.Status);

        PluginSandbox.EditManifest(_folder, m => m["version"] = "1.0.1");
        var info = await _sandbox.Registry.LoadFolderAsync(_folder, CancellationToken.None);
        Assert.Equal((PluginStatus.Active, "1.0.1"), (info.Status, info.Version));
        Assert.Null(new PluginStateStore(_sandbox.Options).Trip("throwing"));
    }

    private async Task TripAsync()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(ConnectorCallStatus.Failed, (await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m", "throwing")).Status);
        }

        Assert.Equal(PluginStatus.Faulted, _sandbox.Registry.Find("throwing")!.Status);
    }

    public void Dispose() => _sandbox.Dispose();
}
