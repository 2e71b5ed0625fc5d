using System.Text.Json;
using OpenChannels.Plugins.Telegram.Wire;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>Reads an Update from the raw body; anything that is not one comes back as a reason, never as an exception.</summary>
internal static class TelegramUpdateParser
{
    public static TgUpdate? Parse(ReadOnlySpan<byte> body, out string? error)
    {
        try
        {
            var update = JsonSerializer.Deserialize<TgUpdate>(body, TelegramJson.Options);
            error = update is null ? "the body is JSON null, not an Update"
                : update.UpdateId is null ? "the Update has no update_id"
                : null;
            return error is null ? update : null;
        }
        catch (JsonException ex)
        {
            error = $"the body is not a Telegram Update: {ex.Message}";
            return null;
        }
    }
}
