namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>A press on an inline keyboard button.</summary>
internal sealed record TgCallbackQuery
{
    public string? Id { get; init; }

    public TgUser? From { get; init; }

    public TgMessage? Message { get; init; }

    public string? Data { get; init; }
}
