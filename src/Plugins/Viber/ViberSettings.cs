using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Viber;

/// <summary>One connection's settings, read once per call.</summary>
internal sealed record ViberSettings(string AuthToken, string SenderName, string? SenderAvatar, string? WelcomeMessage, string ApiBaseUrl)
{
    public static ViberSettings From(ConnectionContext connection)
    {
        var avatar = connection.GetSetting(ViberSettingKeys.SenderAvatar);
        var welcome = connection.GetSetting(ViberSettingKeys.WelcomeMessage);
        return new ViberSettings(
            connection.GetSetting(ViberSettingKeys.AuthToken).Trim(),
            connection.GetSetting(ViberSettingKeys.SenderName).Trim(),
            avatar.Length == 0 ? null : avatar.Trim(),
            welcome.Length == 0 ? null : welcome,
            connection.GetSetting(ViberSettingKeys.ApiBaseUrl, ViberSettingKeys.DefaultApiBaseUrl).Trim().TrimEnd('/'));
    }

    /// <summary>The <c>sender</c> object every message carries.</summary>
    public ViberSender Sender => new(SenderName, SenderAvatar);
}
