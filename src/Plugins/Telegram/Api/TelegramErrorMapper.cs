using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>Turns a failed Bot API call into the host's retry-or-give-up decision, with a reason an agent can read.</summary>
internal static class TelegramErrorMapper
{
    private static readonly TimeSpan ServerErrorDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan UnreachableDelay = TimeSpan.FromSeconds(10);

    public static SendResult ToSendResult(TelegramApiResponse response)
    {
        if (response.Unreachable)
        {
            return SendResult.RetryLater(UnreachableDelay, response.Description);
        }

        // retry_after is only ever given for flood control, whatever the error code says.
        if (response.RetryAfter is { } seconds)
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(Math.Max(1, seconds)), $"Telegram asked to slow down: retry after {seconds} s");
        }

        if (response.ErrorCode is 429 or >= 500)
        {
            return SendResult.RetryLater(ServerErrorDelay, Describe(response));
        }

        return SendResult.Failed(Describe(response));
    }

    /// <summary>A readable reason for a failed call.</summary>
    public static string Describe(TelegramApiResponse response)
    {
        var description = response.Description;
        return response.ErrorCode switch
        {
            403 when Has(description, "bot was blocked by the user") => "The client blocked the bot",
            403 when Has(description, "user is deactivated") => "The client's Telegram account was deleted",
            403 when Has(description, "bot can't initiate conversation") => "The client has never started a chat with the bot",
            401 => "Telegram rejected the bot token (401 Unauthorized): check the botToken setting",
            _ when description.Length > 0 => description,
            _ => $"Telegram error {response.ErrorCode}",
        };
    }

    public static bool Has(string description, string text) => description.Contains(text, StringComparison.OrdinalIgnoreCase);
}
