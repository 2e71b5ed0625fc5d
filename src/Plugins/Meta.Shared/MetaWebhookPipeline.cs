using Microsoft.Extensions.Logging;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>The webhook template both Meta connectors follow: authenticate, then parse, then remember when clients wrote.</summary>
internal static class MetaWebhookPipeline
{
    public static async ValueTask<WebhookResult> HandleAsync(ConnectionContext connection, WebhookRequest request, MetaChannel channel, CancellationToken cancellationToken)
    {
        if (request.Method.Equals("GET", StringComparison.OrdinalIgnoreCase))
        {
            return MetaWebhookVerifier.Challenge(request, channel.VerifyToken);
        }

        if (!request.Method.Equals("POST", StringComparison.OrdinalIgnoreCase))
        {
            return WebhookResult.Malformed($"method {request.Method} is not used by Meta webhooks");
        }

        if (MetaWebhookVerifier.SignatureProblem(request, channel.AppSecret) is { } problem)
        {
            return WebhookResult.Reject(problem);
        }

        var batch = MetaEnvelopeReader.Read(request.Body, channel, connection.Clock.GetUtcNow(), out var error);
        if (batch is null)
        {
            return WebhookResult.Malformed(error ?? "unreadable body");
        }

        foreach (var skipped in batch.Skipped)
        {
            connection.Logger.LogWarning("{Platform} webhook item skipped: {Reason}", channel.PlatformName, skipped);
        }

        await UserActivityStore.RecordAsync(connection.Store, batch.UserActivity, cancellationToken).ConfigureAwait(false);
        return WebhookResult.Accept(batch.Events);
    }
}
