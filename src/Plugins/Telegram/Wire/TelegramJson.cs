using System.Text.Json;

namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API speaks snake_case JSON; one options instance serves every read and write.</summary>
internal static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
