using System.Diagnostics;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Plugins.Support;

using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginIsolationTests : IDisposable
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(300);
    private readonly PluginSandbox _sandbox = new(new PluginHostOptions { BreakerThreshold = 5, MaxConcurrentCalls = 2, BusyWait = TimeSpan.FromMilliseconds(100) });

    public PluginIsolationTests()
    {
        // The hanging plugin parks two pool threads for good; on a 2-core machine that would starve every other test for a while.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        _sandbox.Install(BuiltPlugins.Loopback, "loopback");
        _sandbox.Install(BuiltPlugins.TestOnly("throwing"), "throwing");
        _sandbox.Install(BuiltPlugins.TestOnly("hanging"), "hanging");
    }

    [Fact]
    public async Task Throwing_EveryCall_IsFailedAndTheFifthTripsTheBreaker_WhileLoopbackKeepsAnswering()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);

        for (var i = 1; i <= 5; i++)
        {
            var result = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "t-" + i, "throwing");
            Assert.Equal(ConnectorCallStatus.Failed, result.Status);
            Assert.Contains("HandleWebhookAsync always throws", result.Error, StringComparison.Ordinal);
            Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "l-" + i), "l-" + i));
        }

        var info = _sandbox.Registry.Find("throwing")!;
        Assert.Equal(PluginStatus.Faulted, info.Status);
        Assert.StartsWith("stopped after 5 failed calls in a row; last error: throwing failed in webhook", info.Reason, StringComparison.Ordinal);
        Assert.Contains("always throws", info.LastError, StringComparison.Ordinal);
        Assert.NotNull(info.LastErrorAt);
        Assert.Null(_sandbox.Registry.TryAcquire("throwing"));
        var refused = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "t-6", "throwing");
        Assert.Equal(ConnectorCallStatus.Unavailable, refused.Status);
        Assert.Contains("is Faulted: stopped after 5 failed calls", refused.Error, StringComparison.Ordinal);
        Assert.Equal(PluginStatus.Active, _sandbox.Registry.Find("loopback")!.Status);
    }

    [Fact]
    public async Task Hanging_WebhookThatNeverAnswers_TimesOutWithinItsTimeout_WhileLoopbackAnswersMeanwhile()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var hanging = _sandbox.Gateway.InvokeAsync("hanging", "webhook",
            async (c, ct) => await c.HandleWebhookAsync(LoopbackCalls.Connection(), LoopbackCalls.Request("h-1"), ct), CancellationToken.None, TimeSpan.FromSeconds(2));
        for (var i = 0; i < 20; i++)
        {
            Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "l-" + i), "l-" + i));
        }

        Assert.False(hanging.IsCompleted, "loopback calls had to wait for the hanging plugin");
        var result = await hanging;
        Assert.Equal(ConnectorCallStatus.TimedOut, result.Status);
        Assert.Equal("hanging did not answer webhook within 2 s", result.Error);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10)); // timers may fire a tick early
    }

    [Fact]
    public async Task Hanging_SendThatBlocksItsThread_TimesOut_AndHoldsNoMoreThanItsConcurrencyLimit()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);

        // Each call times out; a call whose thread was blocked keeps its slot. (One may time out before the pool even starts
        // it, freeing its slot at once: hence "until", bounded.) Once both slots are held, calls are refused at once.
        var results = new List<ConnectorCallResult<SendResult>>();
        for (var i = 0; i < 10 && results.LastOrDefault()?.Status != ConnectorCallStatus.Unavailable; i++)
        {
            results.Add(await SendAsync("hanging"));
        }

        Assert.Equal(ConnectorCallStatus.Unavailable, results[^1].Status);
        Assert.Equal("the plugin 'hanging' is busy: 2 calls are already running", results[^1].Error);
        Assert.All(results[..^1], r => Assert.Equal(ConnectorCallStatus.TimedOut, r.Status));
        Assert.Equal(ConnectorCallStatus.Unavailable, (await SendAsync("hanging")).Status);
        Assert.Equal(SendOutcome.Sent, (await SendAsync("loopback")).Value!.Outcome);
    }

    [Fact]
    public async Task Hanging_FiveTimeoutsInARow_TripTheBreaker()
    {
        // Abandoned calls keep their slot, so the limit must leave room for as many timeouts as the breaker counts.
        using var sandbox = new PluginSandbox(new PluginHostOptions { BreakerThreshold = 5, MaxConcurrentCalls = 5 });
        sandbox.Install(BuiltPlugins.TestOnly("hanging"), "hanging");
        await sandbox.Registry.ScanAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            var result = await sandbox.Gateway.InvokeAsync("hanging", "webhook",
                async (c, ct) => await c.HandleWebhookAsync(LoopbackCalls.Connection(), LoopbackCalls.Request("h"), ct), CancellationToken.None, ShortTimeout);
            Assert.Equal(ConnectorCallStatus.TimedOut, result.Status);
        }

        var info = sandbox.Registry.Find("hanging")!;
        Assert.Equal(PluginStatus.Faulted, info.Status);
        Assert.Equal("hanging did not answer webhook within 0.3 s", info.LastError);
    }

    [Fact]
    public async Task Breaker_ASuccessInBetween_StartsTheCountAgain()
    {
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        var calls = 0;

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                await _sandbox.Gateway.InvokeAsync<WebhookResult>("loopback", "flaky", (_, _) => throw new InvalidOperationException("flaky " + ++calls), CancellationToken.None);
            }

            Assert.True(LoopbackCalls.CameBack(await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "ok-" + round), "ok-" + round));
        }

        Assert.Equal(PluginStatus.Active, _sandbox.Registry.Find("loopback")!.Status);
        Assert.Equal("loopback failed in flaky: InvalidOperationException: flaky 12", _sandbox.Registry.Find("loopback")!.LastError);
    }

    [Fact]
    public async Task MissingDependency_IsRefusedWithTheReasonShown_AndNeverCalled()
    {
        _sandbox.Install(BuiltPlugins.TestOnly("missing-dependency"), "missing-dependency");
        Assert.False(File.Exists(Path.Combine(_sandbox.FolderOf("missing-dependency"), "OpenChannels.TestPlugins.MissingDependency.Helper.dll")));

        await _sandbox.Registry.ScanAsync(CancellationToken.None);

        var info = _sandbox.Registry.Find("missing-dependency")!;
        Assert.Equal(PluginStatus.Faulted, info.Status);
        Assert.StartsWith("a dependency is missing: ", info.Reason, StringComparison.Ordinal);
        Assert.Contains("OpenChannels.TestPlugins.MissingDependency.Helper", info.Reason, StringComparison.Ordinal);
        Assert.Equal(info.Reason, info.LastError);
        var call = await LoopbackCalls.WebhookAsync(_sandbox.Gateway, "m", "missing-dependency");
        Assert.Equal(ConnectorCallStatus.Unavailable, call.Status);
        Assert.Contains("a dependency is missing", call.Error, StringComparison.Ordinal);
    }

    private Task<ConnectorCallResult<SendResult>> SendAsync(string pluginId) =>
        _sandbox.Gateway.InvokeAsync(pluginId, "send",
            async (c, ct) => await c.SendAsync(LoopbackCalls.Connection(), new OutboundMessage("chat", "hi") { LocalId = "l-1" }, ct), CancellationToken.None, ShortTimeout);

    public void Dispose() => _sandbox.Dispose();
}
