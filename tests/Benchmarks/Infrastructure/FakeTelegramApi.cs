using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>The Bot API methods a connection calls (setWebhook at activation, sendMessage for replies), in Telegram's envelopes.</summary>
public static class FakeTelegramApi
{
    public const string Token = "123456789:AAE2e-bench-token_for-the-portal-x";

    public static Task<FakePlatformServer> StartAsync()
    {
        var next = 1_000_000;
        return FakePlatformServer.StartAsync(app => app.MapPost("/{bot}/{method}", (string method, HttpRequest request) => method switch
        {
            "setWebhook" or "deleteWebhook" => Results.Content("""{"ok":true,"result":true}""", "application/json"),
            "sendMessage" => Results.Content(new JsonObject
            {
                ["ok"] = true,
                ["result"] = new JsonObject { ["message_id"] = Interlocked.Increment(ref next), ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["chat"] = new JsonObject { ["id"] = 1, ["type"] = "private" } },
            }.ToJsonString(), "application/json"),
            _ => Results.Content("""{"ok":false,"error_code":404,"description":"Not Found"}""", "application/json", statusCode: 404),
        }));
    }
}
