namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's Update: exactly one of the optional parts is set. Kinds not listed here are ignored.</summary>
internal sealed record TgUpdate
{
    public long? UpdateId { get; init; }

    public TgMessage? Message { get; init; }

    public TgMessage? EditedMessage { get; init; }

    public TgCallbackQuery? CallbackQuery { get; init; }

    public TgChatMemberUpdated? MyChatMember { get; init; }
}
