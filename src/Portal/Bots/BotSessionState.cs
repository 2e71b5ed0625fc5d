namespace OpenChannels.Portal.Bots;

/// <summary>A session a bot took: whether it still holds it, and the last client message it handled (so none is answered twice).</summary>
public sealed class BotSessionState
{
    public Guid SessionId { get; set; }

    public Guid ConversationId { get; set; }

    public required string BotId { get; set; }

    public BotSessionStatus Status { get; set; }

    public long LastHandledMessageId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
