namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The bot's own membership changed; in a private chat that means the user blocked or unblocked it.</summary>
internal sealed record TgChatMemberUpdated
{
    public TgChat? Chat { get; init; }

    public TgUser? From { get; init; }

    public long? Date { get; init; }

    public TgChatMember? OldChatMember { get; init; }

    public TgChatMember? NewChatMember { get; init; }
}
