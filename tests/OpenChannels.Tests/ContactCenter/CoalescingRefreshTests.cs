using OpenChannels.Portal.ContactCenter;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class CoalescingRefreshTests
{
    [Fact]
    public async Task Signal_Burst_RunsFarFewerTimesThanSignalledAndAfterTheLast()
    {
        var runs = 0;
        var gate = new SemaphoreSlim(0);
        using var refresh = new CoalescingRefresh(async () =>
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(30);
            gate.Release();
        }, TimeSpan.FromMilliseconds(20));

        for (var i = 0; i < 50; i++)
        {
            refresh.Signal();
        }

        Assert.True(await gate.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(300);
        Assert.InRange(runs, 1, 2);
    }

    [Fact]
    public async Task Signal_DuringARun_RunsOnceMore()
    {
        var runs = 0;
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        using var refresh = new CoalescingRefresh(async () =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                started.SetResult();
                await release.Task;
            }
        }, TimeSpan.Zero);

        refresh.Signal();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        refresh.Signal();
        refresh.Signal();
        release.SetResult();
        await Task.Delay(300);

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Signal_AfterAFailedRun_StillRuns()
    {
        var runs = 0;
        using var refresh = new CoalescingRefresh(() =>
        {
            Interlocked.Increment(ref runs);
            throw new InvalidOperationException("boom");
        }, TimeSpan.Zero);

        refresh.Signal();
        await Task.Delay(200);
        refresh.Signal();
        await Task.Delay(200);

        Assert.Equal(2, runs);
    }
}
