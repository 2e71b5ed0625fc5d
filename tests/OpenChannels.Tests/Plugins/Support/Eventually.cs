using System.Runtime.CompilerServices;

namespace OpenChannels.Portal.Tests.Plugins.Support;

/// <summary>Bounded polling instead of fixed sleeps: succeeds as soon as the condition holds, fails after a bounded wait.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what, int attempts = 100, int delayMs = 50) =>
        TrueAsync(() => Task.FromResult(condition()), what, attempts, delayMs);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int attempts = 100, int delayMs = 50)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(delayMs);
        }

        Assert.Fail($"{what} did not happen within {attempts * delayMs} ms");
    }

    /// <summary>Collects until the weakly held load context is gone; at most <paramref name="attempts"/> full collections.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<bool> CollectedAsync(WeakReference context, int attempts = 30)
    {
        for (var i = 0; i < attempts && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (context.IsAlive)
            {
                await Task.Delay(20 * (i + 1));
            }
        }

        return !context.IsAlive;
    }
}
