namespace OpenChannels.Abstractions.Outbound;

/// <summary>The three ways an outbound call can end.</summary>
public enum SendOutcome
{
    /// <summary>The messenger accepted it.</summary>
    Sent,

    /// <summary>A temporary failure: the host retries after <see cref="SendResult.RetryAfter"/>.</summary>
    Retry,

    /// <summary>It will never work, for the reason given (for example, the client blocked the bot).</summary>
    Failed,
}
