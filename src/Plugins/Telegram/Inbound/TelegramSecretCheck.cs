using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Telegram.Inbound;

/// <summary>
/// Telegram signs nothing: it echoes the <c>secret_token</c> given to setWebhook in a header on every update.
/// Comparing that header is the whole authenticity check.
/// </summary>
internal static class TelegramSecretCheck
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Returns null when the request is authentic, otherwise why not.</summary>
    public static string? Verify(WebhookRequest request, string expectedSecret)
    {
        if (expectedSecret.Length == 0)
        {
            return "the connection has no secret token yet (activate it first)";
        }

        var given = request.Header(HeaderName);
        if (given is null)
        {
            return $"missing {HeaderName} header";
        }

        return WebhookSignature.SecretsEqual(given, expectedSecret) ? null : $"wrong {HeaderName} header";
    }
}
