using System.Threading.RateLimiting;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// Fixed one-minute windows per IP address (every widget request) and per visitor (every action). A refused request gets 429
/// with Retry-After; nothing is queued.
/// </summary>
public sealed class WidgetRateLimits(WidgetOptions options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _perIp = Limiter(options.RequestsPerIpPerMinute);
    private readonly PartitionedRateLimiter<string> _perVisitor = Limiter(options.ActionsPerVisitorPerMinute);

    public static int RetryAfterSeconds => (int)Window.TotalSeconds;

    public bool TryIp(string? address) => Take(_perIp, address ?? "unknown");

    public bool TryVisitor(Guid connectionId, string visitorId) => Take(_perVisitor, $"{connectionId:N}/{visitorId}");

    private static bool Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) => PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 }));

    public void Dispose()
    {
        _perIp.Dispose();
        _perVisitor.Dispose();
    }
}
