namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's ChatMember; only the status matters here (member, kicked, left, ...).</summary>
internal sealed record TgChatMember
{
    public string? Status { get; init; }

    public TgUser? User { get; init; }
}
