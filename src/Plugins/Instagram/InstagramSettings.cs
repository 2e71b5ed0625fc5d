using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Instagram;

/// <summary>One connection's settings, read once per call (the connector itself keeps no per-connection state).</summary>
internal sealed record InstagramSettings(string IgUserId, string AccessToken, string AppSecret, string VerifyToken, string GraphBaseUrl, string GraphVersion)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Required =
    [
        ("igUserId", "The Instagram account id"),
        ("accessToken", "The access token"),
        ("appSecret", "The app secret"),
        ("verifyToken", "The webhook verify token"),
    ];

    public static InstagramSettings From(ConnectionContext connection) => new(
        connection.GetSetting("igUserId").Trim(),
        connection.GetSetting("accessToken").Trim(),
        connection.GetSetting("appSecret").Trim(),
        connection.GetSetting("verifyToken"),
        connection.GetSetting("graphBaseUrl", MetaSettingsValidator.DefaultGraphBaseUrl).Trim(),
        connection.GetSetting("graphVersion", MetaSettingsValidator.DefaultGraphVersion).Trim());

    /// <summary>Both graph.facebook.com and graph.instagram.com accept a bearer header, which keeps the token out of URLs.</summary>
    public GraphApi Graph(ConnectionContext connection) =>
        new(connection.Http.CreateClient(), GraphBaseUrl, GraphVersion, AccessToken, GraphAuth.BearerHeader, "Instagram access token");

    public MetaChannel Channel() => new("instagram", IgUserId, VerifyToken, AppSecret, "Instagram user", "Instagram", "Instagram business account");
}
