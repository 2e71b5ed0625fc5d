using System.Runtime.CompilerServices;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginCollectionTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new();

    [Fact]
    public async Task Swap_AfterWebhookCallsThroughTheGateway_OldContextIsCollected()
    {
        var folder = _sandbox.Install(BuiltPlugins.Loopback, "loopback");
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m-" + i), "m-" + i));
        }

        var old = _sandbox.Registry.CurrentContextReference("loopback")!;
        PluginSandbox.EditManifest(folder, m => m["version"] = "1.1.0");
        var swapped = await _sandbox.Registry.LoadFolderAsync(folder, CancellationToken.None);

        Assert.Equal(("1.1.0", PluginStatus.Active), (swapped.Version, swapped.Status));
        Assert.True(await Eventually.CollectedAsync(old), "the swapped-out loopback 1.0.0 context is still alive");
    }

    public void Dispose() => _sandbox.Dispose();
}
