using OpenChannels.Abstractions.Hosting;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>One connection's settings, read once per call (the connector itself keeps no per-connection state).</summary>
internal sealed record FacebookSettings(string PageId, string PageAccessToken, string AppSecret, string VerifyToken, string GraphBaseUrl, string GraphVersion)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Required =
    [
        ("pageId", "The Facebook Page id"),
        ("pageAccessToken", "The Page access token"),
        ("appSecret", "The app secret"),
        ("verifyToken", "The webhook verify token"),
    ];

    public static FacebookSettings From(ConnectionContext connection) => new(
        connection.GetSetting("pageId").Trim(),
        connection.GetSetting("pageAccessToken").Trim(),
        connection.GetSetting("appSecret").Trim(),
        connection.GetSetting("verifyToken"),
        connection.GetSetting("graphBaseUrl", MetaSettingsValidator.DefaultGraphBaseUrl).Trim(),
        connection.GetSetting("graphVersion", MetaSettingsValidator.DefaultGraphVersion).Trim());

    /// <summary>The Send API documents the token as a query parameter, so the Page token travels that way.</summary>
    public GraphApi Graph(ConnectionContext connection) =>
        new(connection.Http.CreateClient(), GraphBaseUrl, GraphVersion, PageAccessToken, GraphAuth.AccessTokenQuery, "page access token");

    public MetaChannel Channel() =>
        new("page", PageId, VerifyToken, AppSecret, "Messenger user", "Messenger", "Facebook Page") { ChangeMapper = FeedChangeMapper.Map };
}
