using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Plugins;

/// <summary>
/// A plugin that leaves threads and timers running after its calls return. Nothing in-process can stop them; the host must keep
/// serving, unload it without waiting for them, and tell the administrator why its memory is not freed.
/// </summary>
public sealed class PluginLeakTests : IDisposable
{
    // Few, quick collections: the leak is certain, so the report need not wait the production 20 rounds.
    private readonly PluginSandbox _sandbox = new(new PluginHostOptions { CollectionAttempts = 4 });

    public PluginLeakTests()
    {
        _sandbox.Install(BuiltPlugins.Loopback, "loopback");
        _sandbox.Install(BuiltPlugins.TestOnly("leaking"), "leaking");
    }

    [Fact]
    public async Task Leaking_CallsThatLeaveThreadsAndTimers_AnswerAndLoopbackKeepsServing()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);

        for (var i = 0; i < 10; i++)
        {
            var leaked = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "x-" + i, "leaking");
            Assert.Equal(WebhookOutcome.Accepted, leaked.Value!.Outcome);
            Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "l-" + i), "l-" + i));
        }

        Assert.Equal(PluginStatus.Active, _sandbox.Registry.Find("leaking")!.Status);
        Assert.Equal(PluginStatus.Active, _sandbox.Registry.Find("loopback")!.Status);
    }

    [Fact]
    public async Task Leaking_Disabled_UnloadsWithoutWaitingForItsThreads_AndShowsWhyItsMemoryIsNotFreed()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "x-" + i, "leaking");
        }

        var old = _sandbox.Registry.CurrentContextReference("leaking")!;

        // A guard against a hang, not a timing assertion: disabling must not wait for threads that never end.
        Assert.True(await _sandbox.Registry.SetEnabledAsync("leaking", false, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));

        await Eventually.TrueAsync(() => _sandbox.Registry.Find("leaking")!.LastError?.Contains("could not be freed", StringComparison.Ordinal) == true,
            "the leak report", attempts: 600, delayMs: 100);
        var info = _sandbox.Registry.Find("leaking")!;
        Assert.Equal(PluginStatus.Disabled, info.Status);
        Assert.StartsWith("disabled by an administrator; version 1.0.0 was unloaded but could not be freed after 4 garbage collections: a thread or timer", info.Reason, StringComparison.Ordinal);
        Assert.Equal(PluginRegistry.NotCollectedReason("1.0.0", 4, 0), info.LastError);
        Assert.True(old.IsAlive, "the leaked threads should keep the old context alive");
        Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "after"), "after"));
        Assert.Equal(ConnectorCallStatus.Unavailable, (await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "x", "leaking")).Status);
    }

    [Fact]
    public async Task Leaking_Removed_DoesNotHangAndTheFolderIsGone()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "x", "leaking");

        Assert.True(await _sandbox.Registry.RemoveAsync("leaking", CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Null(_sandbox.Registry.Find("leaking"));
        Assert.False(Directory.Exists(_sandbox.FolderOf("leaking")));
        Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "after"), "after"));
    }

    public void Dispose() => _sandbox.Dispose();
}
