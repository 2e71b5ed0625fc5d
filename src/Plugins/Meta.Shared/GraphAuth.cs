namespace OpenChannels.Plugins.Meta;

/// <summary>How a Graph API call carries its access token.</summary>
internal enum GraphAuth
{
    /// <summary>As the <c>access_token</c> query parameter, the Messenger Send API's documented form.</summary>
    AccessTokenQuery,

    /// <summary>As an <c>Authorization: Bearer</c> header, which keeps the token out of URLs and logs.</summary>
    BearerHeader,
}
