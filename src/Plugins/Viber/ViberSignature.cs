using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Viber signs every callback: hex HMAC-SHA256 of the raw body keyed with the bot's auth token, in
/// <c>X-Viber-Content-Signature</c>. The official Node SDK also takes it from a <c>sig</c> query parameter, so we do too.
/// </summary>
internal static class ViberSignature
{
    public const string Header = "X-Viber-Content-Signature";
    public const string QueryParameter = "sig";

    /// <summary>True when the request carries a valid signature for <paramref name="authToken"/>.</summary>
    public static bool IsAuthentic(WebhookRequest request, string authToken)
    {
        var signature = request.Header(Header);
        if (string.IsNullOrEmpty(signature))
        {
            request.Query.TryGetValue(QueryParameter, out signature);
        }

        return WebhookSignature.IsValidHmacSha256Hex(request.Body.Span, authToken, signature?.Trim());
    }
}
