using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Telegram;

/// <summary>A connection's settings, read once per call.</summary>
internal sealed record TelegramSettings(string BotToken, string SecretToken, string ApiBaseUrl)
{
    public const string BotTokenKey = "botToken";
    public const string SecretTokenKey = "secretToken";
    public const string ApiBaseUrlKey = "apiBaseUrl";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public static TelegramSettings From(ConnectionContext connection) => new(
        connection.GetSetting(BotTokenKey).Trim(),
        connection.GetSetting(SecretTokenKey).Trim(),
        connection.GetSetting(ApiBaseUrlKey, DefaultApiBaseUrl).Trim().TrimEnd('/'));
}
