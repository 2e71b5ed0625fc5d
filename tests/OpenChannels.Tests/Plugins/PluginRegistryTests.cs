using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginRegistryTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new();
    private readonly string _folder;

    public PluginRegistryTests() => _folder = _sandbox.Install(BuiltPlugins.Loopback, "loopback");

    private PluginRegistry Registry => _sandbox.Registry;

    [Fact]
    public async Task Scan_LoopbackPlugin_IsActiveAndHandlesWebhooks()
    {
        await Registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(Registry.List());
        Assert.Equal((PluginStatus.Active, "1.0.0"), (info.Status, info.Version));
        Assert.NotNull(info.LoadedAt);
        var result = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m-1");
        Assert.Equal("m-1", Assert.IsType<InboundMessage>(Assert.Single(result.Value!.Events)).MessageId);
    }

    [Fact]
    public async Task Load_NewerAbi_IsRefusedWithAReasonPartnersUnderstand()
    {
        PluginSandbox.EditManifest(_folder, m => m["targetAbi"] = "2.0");

        await Registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(Registry.List());
        Assert.Equal(PluginStatus.NotSupported, info.Status);
        Assert.Equal($"targets Abstractions 2.0; this portal provides {OpenChannels.Abstractions.AbiVersion.Current}", info.Reason);
        Assert.Null(Registry.TryAcquire("loopback"));
    }

    [Fact]
    public async Task Load_AssemblyMissing_IsRefusedAndNeverLoaded()
    {
        File.Delete(Path.Combine(_folder, "OpenChannels.Plugins.Loopback.dll"));

        await Registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(Registry.List());
        Assert.Equal(PluginStatus.NotSupported, info.Status);
        Assert.Contains("is not in the plugin folder", info.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SameFilesAgain_KeepsTheRunningVersion()
    {
        await Registry.ScanAsync(CancellationToken.None);
        var context = Registry.CurrentContextReference("loopback");

        await Registry.LoadFolderAsync(_folder, CancellationToken.None);

        Assert.Same(context, Registry.CurrentContextReference("loopback"));
    }

    [Fact]
    public async Task DisableEnableRemove_WorkWithoutRestart_AndDisableSurvivesARestart()
    {
        await Registry.ScanAsync(CancellationToken.None);

        Assert.True(await Registry.SetEnabledAsync("loopback", false, CancellationToken.None));
        Assert.Equal(PluginStatus.Disabled, Registry.Find("loopback")!.Status);
        Assert.Null(Registry.TryAcquire("loopback"));

        using (var restarted = _sandbox.NewRegistry())
        {
            await restarted.ScanAsync(CancellationToken.None);
            Assert.Equal(PluginStatus.Disabled, restarted.Find("loopback")!.Status);
        }

        Assert.True(await Registry.SetEnabledAsync("loopback", true, CancellationToken.None));
        Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "after-enable"), "after-enable"));

        Assert.True(await Registry.RemoveAsync("loopback", CancellationToken.None));
        Assert.Empty(Registry.List());
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task Each_Version_HasItsOwnServices_DisposedWhenItUnloads()
    {
        await Registry.ScanAsync(CancellationToken.None);
        var http = await _sandbox.Gateway.InvokeAsync("loopback", "services",
            (_, services, _) => Task.FromResult(services.GetRequiredService<OpenChannels.Abstractions.Hosting.IConnectorHttp>()), CancellationToken.None);
        var logger = await _sandbox.Gateway.InvokeAsync("loopback", "services",
            (_, services, _) => Task.FromResult(services.GetRequiredService<Microsoft.Extensions.Logging.ILogger>()), CancellationToken.None);
        Assert.NotNull(logger.Value);
        using (var before = http.Value!.CreateClient())
        {
            Assert.NotNull(before);
        }

        PluginSandbox.EditManifest(_folder, m => m["version"] = "1.0.1");
        await Registry.LoadFolderAsync(_folder, CancellationToken.None);

        using var after = http.Value.CreateClient();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => after.GetAsync(new Uri("http://127.0.0.1:9/")));
    }

    public void Dispose() => _sandbox.Dispose();
}
