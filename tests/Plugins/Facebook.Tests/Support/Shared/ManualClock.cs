namespace OpenChannels.Plugins.Meta.Tests;

/// <summary>A clock the test sets by hand, to move across Meta's 24-hour and 7-day windows (shared with the Instagram tests).</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
