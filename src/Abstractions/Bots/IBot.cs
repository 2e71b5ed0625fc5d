namespace OpenChannels.Abstractions.Bots;

/// <summary>
/// A chatbot that holds a session before a human does. While it holds the session the host calls <see cref="ReplyAsync"/> for each
/// client message, one call at a time per session; the bot answers, hands the session to the channel's queue, or closes it.
/// Added in contract 1.1; since 1.2 a plugin ships one by listing <c>"bot"</c> in its manifest's <c>provides</c>. The host creates one
/// instance per loaded plugin version and calls it for every channel and session, so keep per-session state out of fields (the
/// <see cref="BotSession"/> carries the whole conversation). Each call has a timeout; honour the cancellation token.
/// </summary>
public interface IBot
{
    /// <summary>Decides what to do with the client's latest message (the last client turn of <paramref name="session"/>).</summary>
    ValueTask<BotReply> ReplyAsync(BotSession session, CancellationToken cancellationToken);
}
