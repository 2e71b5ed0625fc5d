namespace OpenChannels.Abstractions.Bots;

/// <summary>
/// A chatbot that holds a session before a human does. While it holds the session the host calls <see cref="ReplyAsync"/> for each
/// client message, one call at a time per session; the bot answers, hands the session to the channel's queue, or closes it.
/// Added in contract 1.1; connectors written for 1.0 are unaffected.
/// </summary>
public interface IBot
{
    /// <summary>Decides what to do with the client's latest message (the last client turn of <paramref name="session"/>).</summary>
    ValueTask<BotReply> ReplyAsync(BotSession session, CancellationToken cancellationToken);
}
