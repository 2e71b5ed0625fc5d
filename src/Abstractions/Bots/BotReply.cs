namespace OpenChannels.Abstractions.Bots;

/// <summary>A bot's answer: optional text sent to the client, then what happens to the session.</summary>
/// <param name="Text">Sent to the client before <paramref name="Action"/>; null or empty sends nothing.</param>
/// <param name="Action">Whether the bot keeps, hands over or closes the session.</param>
public sealed record BotReply(string? Text, BotAction Action)
{
    /// <summary>Answers and keeps the session.</summary>
    public static BotReply Answer(string text) => new(text, BotAction.Stay);

    /// <summary>Hands the session to a human, optionally saying so first.</summary>
    public static BotReply Transfer(string? text = null) => new(text, BotAction.Transfer);

    /// <summary>Closes the session, optionally with a last word.</summary>
    public static BotReply Close(string? text = null) => new(text, BotAction.Close);
}
