namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The parts of the Bot API's Message that the inbox uses.</summary>
internal sealed record TgMessage
{
    public long? MessageId { get; init; }

    public TgUser? From { get; init; }

    public TgChat? Chat { get; init; }

    public long? Date { get; init; }

    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<TgPhotoSize>? Photo { get; init; }

    public TgMedia? Document { get; init; }

    public TgMedia? Voice { get; init; }

    public TgMedia? Video { get; init; }

    public TgMedia? Audio { get; init; }

    public TgMedia? Animation { get; init; }

    public TgMedia? VideoNote { get; init; }

    public TgSticker? Sticker { get; init; }

    public TgLocation? Location { get; init; }

    public TgContact? Contact { get; init; }

    public TgMessage? ReplyToMessage { get; init; }
}
