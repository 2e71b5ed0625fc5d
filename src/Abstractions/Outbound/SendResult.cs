namespace OpenChannels.Abstractions.Outbound;

/// <summary>The outcome of a send, edit or delete.</summary>
public sealed record SendResult
{
    /// <summary>Which of the three outcomes.</summary>
    public required SendOutcome Outcome { get; init; }

    /// <summary>For <see cref="SendOutcome.Sent"/>: the messenger's id of the message.</summary>
    public string? ExternalId { get; init; }

    /// <summary>For <see cref="SendOutcome.Retry"/>: how long to wait.</summary>
    public TimeSpan RetryAfter { get; init; }

    /// <summary>For failures: a reason a human can read, shown on the message.</summary>
    public string? Reason { get; init; }

    /// <summary>The messenger accepted the message and gave it <paramref name="externalId"/>.</summary>
    public static SendResult Sent(string externalId) => new() { Outcome = SendOutcome.Sent, ExternalId = externalId };

    /// <summary>Try again after <paramref name="delay"/>.</summary>
    public static SendResult RetryLater(TimeSpan delay, string reason) => new() { Outcome = SendOutcome.Retry, RetryAfter = delay, Reason = reason };

    /// <summary>Give up, for <paramref name="reason"/>.</summary>
    public static SendResult Failed(string reason) => new() { Outcome = SendOutcome.Failed, Reason = reason };
}
