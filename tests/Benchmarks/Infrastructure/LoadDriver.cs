using System.Diagnostics;
using System.Net;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// Sends requests over loopback and times each one from the first byte sent to the response. Saturation keeps a fixed number of
/// requests in flight (the highest rate the server sustains); pacing sends at a fixed rate whatever the server does.
/// </summary>
public static class LoadDriver
{
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary><paramref name="concurrency"/> workers send back to back until <paramref name="duration"/> has passed.</summary>
    public static async Task<LoadOutcome> SaturateAsync(HttpClient http, Func<long, HttpRequestMessage> request, int concurrency, TimeSpan duration)
    {
        var outcome = new LoadOutcome();
        long next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await SendAsync(http, request(Interlocked.Increment(ref next)), outcome);
            }
        }));
        await Task.WhenAll(workers);
        outcome.Elapsed = clock.Elapsed;
        return outcome;
    }

    /// <summary>Starts <paramref name="perSecond"/> requests a second for <paramref name="duration"/> (at most <paramref name="maxInFlight"/> at once).</summary>
    public static async Task<LoadOutcome> PaceAsync(HttpClient http, Func<long, HttpRequestMessage> request, double perSecond, TimeSpan duration,
        int maxInFlight = 256, CancellationToken cancellationToken = default)
    {
        var outcome = new LoadOutcome();
        using var slots = new SemaphoreSlim(maxInFlight);
        var running = new List<Task>();
        var clock = Stopwatch.StartNew();
        long started = 0;
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * perSecond);
            for (; started < due; started++)
            {
                await slots.WaitAsync(CancellationToken.None);
                var message = request(started);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await SendAsync(http, message, outcome);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }

            await Task.Delay(2, CancellationToken.None);
        }

        await Task.WhenAll(running);
        outcome.Elapsed = clock.Elapsed;
        return outcome;
    }

    private static async Task SendAsync(HttpClient http, HttpRequestMessage request, LoadOutcome outcome)
    {
        var timer = Stopwatch.StartNew();
        try
        {
            using (request)
            using (var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead))
            {
                outcome.Record(response.IsSuccessStatusCode, timer.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            outcome.Record(false, timer.Elapsed.TotalMilliseconds, ex is HttpRequestException { StatusCode: HttpStatusCode s } ? $"HTTP {(int)s}" : ex.GetType().Name);
        }
    }
}
