namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's Sticker, kept as text: the emoji it stands for.</summary>
internal sealed record TgSticker
{
    public string? Emoji { get; init; }

    public string? SetName { get; init; }
}
