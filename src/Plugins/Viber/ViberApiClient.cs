using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenChannels.Plugins.Viber;

/// <summary>Calls Viber's REST Bot API: POST {apiBaseUrl}/{method} with the token in <c>X-Viber-Auth-Token</c>.</summary>
internal sealed class ViberApiClient(HttpClient http, ViberSettings settings)
{
    public const string AuthHeader = "X-Viber-Auth-Token";

    public Task<ViberApiReply> SetWebhookAsync(ViberWebhookRequest body, CancellationToken cancellationToken) =>
        PostAsync("set_webhook", JsonSerializer.Serialize(body, ViberJsonOptions.Default), cancellationToken);

    public Task<ViberApiReply> SendMessageAsync(ViberSendRequest body, CancellationToken cancellationToken) =>
        PostAsync("send_message", JsonSerializer.Serialize(body, ViberJsonOptions.Default), cancellationToken);

    private async Task<ViberApiReply> PostAsync(string method, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.ApiBaseUrl}/{method}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(AuthHeader, settings.AuthToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Interpret(response, body);
        }
        catch (HttpRequestException ex)
        {
            return ViberApiReply.Transient($"could not reach Viber: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ViberApiReply.Transient("Viber did not answer in time");
        }
    }

    private static ViberApiReply Interpret(HttpResponseMessage response, string body)
    {
        var code = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return ViberApiReply.Transient("Viber answered HTTP 429", response.Headers.RetryAfter?.Delta);
        }

        if (code >= 500)
        {
            return ViberApiReply.Transient($"Viber answered HTTP {code}");
        }

        if (!response.IsSuccessStatusCode)
        {
            return ViberApiReply.Permanent($"Viber answered HTTP {code}: {Snippet(body)}");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return ViberJson.Int64(root, "status") is { } status
                ? new ViberApiReply
                {
                    Status = (int)Math.Clamp(status, int.MinValue, int.MaxValue),
                    StatusMessage = ViberJson.String(root, "status_message"),
                    MessageToken = ViberJson.Id(root, "message_token"),
                }
                : ViberApiReply.Transient($"Viber's answer has no status: {Snippet(body)}");
        }
        catch (JsonException)
        {
            return ViberApiReply.Transient($"Viber's answer is not JSON: {Snippet(body)}");
        }
    }

    private static string Snippet(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
