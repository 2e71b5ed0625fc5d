namespace OpenChannels.Plugins.Viber;

/// <summary>The setting keys of <c>plugin.json</c>.</summary>
internal static class ViberSettingKeys
{
    public const string AuthToken = "authToken";
    public const string SenderName = "senderName";
    public const string SenderAvatar = "senderAvatar";
    public const string WelcomeMessage = "welcomeMessage";
    public const string ApiBaseUrl = "apiBaseUrl";

    public const string DefaultApiBaseUrl = "https://chatapi.viber.com/pa";

    /// <summary>Viber's limit on <c>sender.name</c>.</summary>
    public const int MaxSenderNameLength = 28;

    /// <summary>Viber's limit on a text message.</summary>
    public const int MaxTextLength = 7000;
}
