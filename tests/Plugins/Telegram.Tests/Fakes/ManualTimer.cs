namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>A one-shot timer of <see cref="ManualTimeProvider"/>; periods are not needed by the code under test.</summary>
internal sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset DueAt { get; set; }

    public void Fire() => callback(state);

    public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException("The connector never reschedules a timer.");

    public void Dispose() => owner.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
