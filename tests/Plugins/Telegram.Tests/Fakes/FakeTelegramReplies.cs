using System.Text.Json.Nodes;

namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>Bodies shaped as the Bot API answers them.</summary>
internal static class FakeTelegramReplies
{
    public static string Error(int code, string description) =>
        new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }.ToJsonString();

    public static string True(string? description)
    {
        var body = new JsonObject { ["ok"] = true, ["result"] = true };
        if (description is not null)
        {
            body["description"] = description;
        }

        return body.ToJsonString();
    }

    /// <summary>The sent Message that send* and edit* methods return.</summary>
    public static string Message(IReadOnlyDictionary<string, string> fields, long messageId)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Fake bot", ["username"] = "fake_bot" },
            ["chat"] = new JsonObject { ["id"] = long.Parse(fields["chat_id"]), ["first_name"] = "Client", ["type"] = "private" },
            ["date"] = 1700000000,
        };
        foreach (var key in new[] { "text", "caption" })
        {
            if (fields.TryGetValue(key, out var value))
            {
                message[key] = value;
            }
        }

        return new JsonObject { ["ok"] = true, ["result"] = message }.ToJsonString();
    }
}
