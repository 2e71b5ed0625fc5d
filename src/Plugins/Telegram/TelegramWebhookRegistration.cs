using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Plugins.Telegram.Api;

namespace OpenChannels.Plugins.Telegram;

/// <summary>Registers the connection's webhook URL with Telegram (setWebhook) and removes it (deleteWebhook).</summary>
internal static class TelegramWebhookRegistration
{
    /// <summary>The update kinds the connector maps; asking for only these spares Telegram and the portal the rest.</summary>
    public static readonly string[] AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];

    public static async ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var settings = TelegramSettings.From(connection);
        if (settings.BotToken.Length == 0)
        {
            return ActivationResult.Failed("The bot token is missing.");
        }

        var secret = settings.SecretToken;
        Dictionary<string, string>? generated = null;
        if (secret.Length == 0)
        {
            secret = SecretTokenGenerator.Create();
            generated = new Dictionary<string, string> { [TelegramSettings.SecretTokenKey] = secret };
        }

        var request = new TelegramRequest("setWebhook", new JsonObject
        {
            ["url"] = connection.WebhookUrl.AbsoluteUri,
            ["secret_token"] = secret,
            ["allowed_updates"] = new JsonArray(AllowedUpdates.Select(u => (JsonNode)JsonValue.Create(u)).ToArray()),
        });
        var response = await new TelegramApiClient(connection.Http.CreateClient(), settings).CallAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Ok
            ? ActivationResult.Ok(generated)
            : ActivationResult.Failed($"Telegram refused the webhook (setWebhook): {TelegramErrorMapper.Describe(response)}");
    }

    public static async ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var response = await TelegramApiClient.For(connection).CallAsync(new TelegramRequest("deleteWebhook", []), cancellationToken).ConfigureAwait(false);
        if (!response.Ok)
        {
            connection.Logger.LogWarning("deleteWebhook failed: {Reason}", TelegramErrorMapper.Describe(response));
        }
    }
}
