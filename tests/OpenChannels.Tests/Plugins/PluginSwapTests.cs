using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginSwapTests : IDisposable
{
    private const int Callers = 8;
    private readonly PluginSandbox _sandbox = new();

    [Fact]
    public async Task FolderReplaced_UnderConcurrentWebhookCalls_NoCallFailsNoEventIsLost_AndOldContextIsCollected()
    {
        _sandbox.Install(BuiltPlugins.Loopback, "loopback");
        using var host = new PluginHostService(_sandbox.Registry, _sandbox.Options, NullLogger<PluginHostService>.Instance);
        await host.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => _sandbox.Registry.Find("loopback")?.Status == PluginStatus.Active, "loading loopback 1.0.0");
        var old = _sandbox.Registry.CurrentContextReference("loopback")!;

        using var stop = new CancellationTokenSource();
        var stats = new CallStats();
        var callers = Enumerable.Range(0, Callers).Select(c => Task.Run(() => CallUntilStoppedAsync(c, stats, stop.Token))).ToArray();
        await Eventually.TrueAsync(() => stats.Succeeded > 100, "calls before the swap");

        ReplaceFolderWithVersion("1.1.0");
        await Eventually.TrueAsync(() => _sandbox.Registry.Find("loopback")?.Version == "1.1.0", "the watcher swapping in 1.1.0", attempts: 200);
        var atSwap = stats.Succeeded;
        await Eventually.TrueAsync(() => stats.Succeeded > atSwap + 100 || stats.Failed > 0, "calls after the swap");
        await stop.CancelAsync();
        await Task.WhenAll(callers);
        await host.StopAsync(CancellationToken.None);

        Assert.Empty(stats.Errors);
        Assert.Equal(0, stats.Lost);
        Assert.Equal(stats.Started, stats.Succeeded);
        Assert.Equal(PluginStatus.Active, _sandbox.Registry.Find("loopback")!.Status);
        Assert.True(await Eventually.CollectedAsync(old), "the swapped-out loopback 1.0.0 context is still alive");
    }

    private async Task CallUntilStoppedAsync(int caller, CallStats stats, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"c{caller}-m{n}";
            Interlocked.Increment(ref stats.Started);
            var result = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, id);
            if (!result.IsCompleted)
            {
                Interlocked.Increment(ref stats.Failed);
                stats.Errors.Enqueue($"{id}: {result.Status} {result.Error}");
            }
            else if (!LoopbackCalls.CameBack(result, id))
            {
                Interlocked.Increment(ref stats.Lost);
            }
            else
            {
                Interlocked.Increment(ref stats.Succeeded);
            }
        }
    }

    /// <summary>Installs a new version the way docs/plugins.md says: staged beside plugins/ on the same disk, then moved into place.</summary>
    private void ReplaceFolderWithVersion(string version)
    {
        var folder = _sandbox.FolderOf("loopback");
        var beside = Path.GetDirectoryName(_sandbox.Options.PluginsDirectory)!;
        var staged = Path.Combine(beside, "loopback-" + version);
        PluginSandbox.CopyFolder(BuiltPlugins.Loopback, staged);
        PluginSandbox.EditManifest(staged, m => m["version"] = version);
        Directory.Move(folder, Path.Combine(beside, "loopback-retired"));
        Directory.Move(staged, folder);
    }

    public void Dispose() => _sandbox.Dispose();

    private sealed class CallStats
    {
        public int Started;
        public int Succeeded;
        public int Failed;
        public int Lost;
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Errors = new();
    }
}
