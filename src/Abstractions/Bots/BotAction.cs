namespace OpenChannels.Abstractions.Bots;

/// <summary>What happens to the session after a bot's reply.</summary>
public enum BotAction
{
    /// <summary>The bot keeps the session and sees the client's next message.</summary>
    Stay,

    /// <summary>The session goes to the channel's queue, where a human takes it.</summary>
    Transfer,

    /// <summary>The session is closed.</summary>
    Close,
}
