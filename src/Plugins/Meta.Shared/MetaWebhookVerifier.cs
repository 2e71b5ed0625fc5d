using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>The two authenticity checks Meta webhooks use: the subscription challenge (GET) and the payload signature (POST).</summary>
internal static class MetaWebhookVerifier
{
    public const string SignatureHeader = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";

    /// <summary>Answers Meta's subscription check by echoing hub.challenge when hub.verify_token matches.</summary>
    public static WebhookResult Challenge(WebhookRequest request, string verifyToken)
    {
        request.Query.TryGetValue("hub.mode", out var mode);
        request.Query.TryGetValue("hub.verify_token", out var token);
        request.Query.TryGetValue("hub.challenge", out var challenge);
        if (mode != "subscribe")
        {
            return WebhookResult.Reject("hub.mode is not 'subscribe'");
        }

        if (!WebhookSignature.SecretsEqual(token, verifyToken))
        {
            return WebhookResult.Reject("hub.verify_token does not match the verifyToken setting");
        }

        return string.IsNullOrEmpty(challenge) ? WebhookResult.Reject("hub.challenge is missing") : WebhookResult.Respond(challenge);
    }

    /// <summary>Returns null when the body carries a valid signature, otherwise why it does not.</summary>
    public static string? SignatureProblem(WebhookRequest request, string appSecret)
    {
        if (string.IsNullOrEmpty(appSecret))
        {
            return "the appSecret setting is empty, so no signature can be checked";
        }

        var header = request.Header(SignatureHeader);
        if (string.IsNullOrEmpty(header))
        {
            return $"the {SignatureHeader} header is missing";
        }

        if (!header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return $"the {SignatureHeader} header does not start with '{Prefix}'";
        }

        return WebhookSignature.IsValidHmacSha256Hex(request.Body.Span, appSecret, header[Prefix.Length..])
            ? null
            : $"the {SignatureHeader} signature does not match the body";
    }
}
