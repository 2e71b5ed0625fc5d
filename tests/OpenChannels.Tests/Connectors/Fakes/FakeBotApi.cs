using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Connectors.Fakes;

/// <summary>
/// The Telegram Bot API methods a connection uses end to end (<c>POST /bot{token}/{method}</c> with a JSON body), answered in
/// Telegram's envelopes: <c>{"ok":true,"result":..}</c>, or <c>{"ok":false,"error_code":..,"description":..}</c>.
/// </summary>
internal static class FakeBotApi
{
    public const string Token = "123456789:AAE2e-test-token_for-the-portal";

    public static Task<FakePlatformServer> StartAsync()
    {
        var nextMessageId = 700;
        return FakePlatformServer.StartAsync(app => app.MapPost("/{botToken}/{method}", async (string botToken, string method, HttpRequest request) =>
        {
            if (botToken != "bot" + Token)
            {
                return Reply(401, Error(401, "Unauthorized"));
            }

            // The plugin posts JSON (chunked, so without a Content-Length); Telegram takes an empty body for parameterless methods.
            var text = await new StreamReader(request.Body).ReadToEndAsync();
            var fields = text.Length > 0 ? JsonNode.Parse(text)!.AsObject() : [];
            return method switch
            {
                "setWebhook" => Reply(200, """{"ok":true,"result":true,"description":"Webhook was set"}"""),
                "deleteWebhook" => Reply(200, """{"ok":true,"result":true,"description":"Webhook was deleted"}"""),
                "sendMessage" => Reply(200, Sent(fields, Interlocked.Increment(ref nextMessageId))),
                _ => Reply(404, Error(404, "Not Found")),
            };
        }));
    }

    /// <summary>The Message object sendMessage returns, from the bot to the chat.</summary>
    private static string Sent(JsonObject fields, int messageId) => new JsonObject
    {
        ["ok"] = true,
        ["result"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Shop bot", ["username"] = "shop_bot" },
            ["chat"] = new JsonObject { ["id"] = JsonValue.Create(long.Parse(fields["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture)), ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = fields["text"]?.GetValue<string>(),
        },
    }.ToJsonString();

    private static string Error(int code, string description) => JsonSerializer.Serialize(new { ok = false, error_code = code, description });

    private static IResult Reply(int status, string body) => Results.Content(body, "application/json", statusCode: status);
}
