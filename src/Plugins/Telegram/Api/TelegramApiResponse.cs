using System.Text.Json;

namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>
/// What a Bot API call came back with: Telegram's <c>{"ok":..,"result":..}</c> or
/// <c>{"ok":false,"error_code":..,"description":..,"parameters":{..}}</c>, or a failure to reach it at all.
/// </summary>
internal sealed record TelegramApiResponse
{
    public bool Ok { get; init; }

    /// <summary>The <c>result</c> of a successful call (a cloned element, safe to keep).</summary>
    public JsonElement Result { get; init; }

    /// <summary>Telegram's <c>error_code</c>, or the HTTP status when the body was not Telegram's; 0 when unreachable.</summary>
    public int ErrorCode { get; init; }

    public string Description { get; init; } = "";

    /// <summary><c>parameters.retry_after</c>: flood control asks to wait this many seconds.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>The request never got an answer (network error or timeout).</summary>
    public bool Unreachable { get; init; }

    public static TelegramApiResponse NotReached(string reason) => new() { Unreachable = true, Description = reason };

    public static TelegramApiResponse Parse(int httpStatus, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok) && ok.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return FromEnvelope(root, ok.GetBoolean(), httpStatus);
            }
        }
        catch (JsonException)
        {
            // Not Telegram's envelope: a proxy's HTML error page, for example. Fall through to the HTTP status.
        }

        return new TelegramApiResponse { ErrorCode = httpStatus, Description = $"Telegram answered HTTP {httpStatus} without a Bot API response" };
    }

    private static TelegramApiResponse FromEnvelope(JsonElement root, bool ok, int httpStatus)
    {
        if (ok)
        {
            return new TelegramApiResponse { Ok = true, Result = root.TryGetProperty("result", out var result) ? result.Clone() : default };
        }

        int? retryAfter = root.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object &&
                          parameters.TryGetProperty("retry_after", out var retry) && retry.TryGetInt32(out var seconds) ? seconds : null;
        return new TelegramApiResponse
        {
            ErrorCode = root.TryGetProperty("error_code", out var code) && code.TryGetInt32(out var c) ? c : httpStatus,
            Description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? "" : "",
            RetryAfter = retryAfter,
        };
    }
}
