namespace OpenChannels.Plugins.Viber;

/// <summary>Viber's API status codes (docs: "Common Errors"), described for agents and administrators.</summary>
internal static class ViberStatus
{
    public const int Ok = 0;
    public const int TooManyRequests = 12;

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [1] = "The webhook URL is invalid or Viber could not reach it over HTTPS",
        [2] = "The bot's authentication token is not valid",
        [3] = "Viber rejected the request data",
        [4] = "A mandatory field is missing in the request",
        [5] = "The client is not a registered Viber user",
        [6] = "The client is not subscribed to the bot",
        [7] = "The bot account is blocked",
        [8] = "The bot account was not found",
        [9] = "The bot account is suspended",
        [10] = "No webhook is set for the bot",
        [11] = "The client's device or Viber version does not support bots",
        [12] = "Too many messages without a reply from the client",
        [13] = "The client's Viber version is too old for this message",
        [14] = "The message uses features its min_api_version does not allow",
        [15] = "The bot is not authorized",
        [21] = "Viber does not deliver these messages to the client's country",
        [23] = "The bot has used this month's free out-of-session messages",
        [24] = "The bot has no balance left for out-of-session messages",
    };

    /// <summary>For example "The client is not subscribed to the bot (Viber status 6: notSubscribed)".</summary>
    public static string Describe(int status, string? statusMessage)
    {
        var text = Descriptions.GetValueOrDefault(status, "Viber could not process the request");
        return string.IsNullOrWhiteSpace(statusMessage)
            ? $"{text} (Viber status {status})"
            : $"{text} (Viber status {status}: {statusMessage})";
    }
}
