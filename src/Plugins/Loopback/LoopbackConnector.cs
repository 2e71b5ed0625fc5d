using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Loopback;

/// <summary>
/// The sample connector: a messenger that speaks plain JSON. Tests and partners use it to drive the whole loop.
/// Inbound: POST JSON with the <c>X-Loopback-Secret</c> header. Outbound: POST JSON to the <c>callbackUrl</c> setting.
/// </summary>
public sealed class LoopbackConnector : IConnector
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!settings.TryGetValue("secret", out var secret) || secret.Length < 8)
        {
            errors["secret"] = "The secret must be at least 8 characters.";
        }

        if (settings.TryGetValue("callbackUrl", out var url) && url.Length > 0 &&
            !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors["callbackUrl"] = "The callback URL must be an absolute http or https URL.";
        }

        return ValueTask.FromResult(new SettingsValidation(errors));
    }

    public ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivationResult.Ok());

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken)
    {
        var secret = connection.GetSetting("secret");
        if (request.Method == "GET")
        {
            return ValueTask.FromResult(
                request.Query.TryGetValue("challenge", out var challenge) && WebhookSignature.SecretsEqual(request.Query.GetValueOrDefault("token"), secret)
                    ? WebhookResult.Respond(challenge)
                    : WebhookResult.Reject("verification token mismatch"));
        }

        if (!WebhookSignature.SecretsEqual(request.Header("X-Loopback-Secret"), secret))
        {
            return ValueTask.FromResult(WebhookResult.Reject("missing or wrong X-Loopback-Secret"));
        }

        LoopbackInbound? body;
        try
        {
            body = JsonSerializer.Deserialize<LoopbackInbound>(request.Body.Span, Json);
        }
        catch (JsonException ex)
        {
            return ValueTask.FromResult(WebhookResult.Malformed($"body is not valid JSON: {ex.Message}"));
        }

        return ValueTask.FromResult(LoopbackEventMapper.Map(body, connection.Clock));
    }

    public async ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var payload = new
        {
            type = "message",
            chatId = message.ChatId,
            localId = message.LocalId,
            text = message.Text,
            replyTo = message.ReplyToMessageId,
            buttons = message.Buttons,
            files = message.Attachments.Select(a => new { name = a.FileName, contentType = a.ContentType, size = a.Content.Length }),
        };
        return await PostAsync(connection, payload, "lb-" + message.LocalId, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        PostAsync(connection, new { type = "edit", chatId = edit.ChatId, messageId = edit.MessageId, text = edit.NewText }, edit.MessageId, cancellationToken);

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        PostAsync(connection, new { type = "delete", chatId = delete.ChatId, messageId = delete.MessageId }, delete.MessageId, cancellationToken);

    private static async ValueTask<SendResult> PostAsync(ConnectionContext connection, object payload, string fallbackId, CancellationToken cancellationToken)
    {
        var url = connection.GetSetting("callbackUrl");
        if (url.Length == 0)
        {
            return SendResult.Sent(fallbackId);
        }

        HttpResponseMessage sent;
        try
        {
            sent = await connection.Http.CreateClient().PostAsJsonAsync(url, payload, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(2), "loopback receiver did not answer in time");
        }
        catch (HttpRequestException ex)
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(2), $"loopback receiver unreachable: {ex.Message}");
        }

        using var response = sent;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            return SendResult.RetryLater(delay, "loopback receiver asked to slow down (429)");
        }

        if ((int)response.StatusCode >= 500)
        {
            return SendResult.RetryLater(TimeSpan.FromSeconds(2), $"loopback receiver failed with {(int)response.StatusCode}");
        }

        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return SendResult.Failed($"loopback receiver refused the message ({(int)response.StatusCode}): {text}");
        }

        var reply = await response.Content.ReadFromJsonAsync<LoopbackSendReply>(Json, cancellationToken).ConfigureAwait(false);
        return SendResult.Sent(reply?.Id ?? fallbackId);
    }
}
