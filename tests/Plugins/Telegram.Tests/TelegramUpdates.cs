using System.Text.Json.Nodes;

namespace OpenChannels.Plugins.Telegram.Tests;

/// <summary>
/// Updates with no shared fixture (voice, video, my_chat_member), built field by field from the Bot API reference
/// (core.telegram.org/bots/api: Update, Message, Voice, Video, ChatMemberUpdated, ChatMemberBanned/ChatMemberMember).
/// </summary>
internal static class TelegramUpdates
{
    public const long ClientId = 1111111;

    public static JsonObject Client() => new()
    {
        ["id"] = ClientId, ["is_bot"] = false, ["first_name"] = "Test Firstname", ["last_name"] = "Test Lastname",
        ["username"] = "Testusername", ["language_code"] = "en",
    };

    public static JsonObject PrivateChat() => new()
    {
        ["id"] = ClientId, ["first_name"] = "Test Firstname", ["last_name"] = "Test Lastname", ["username"] = "Testusername", ["type"] = "private",
    };

    public static string Message(long messageId, string contentKey, JsonNode content) => new JsonObject
    {
        ["update_id"] = 10000 + messageId,
        ["message"] = new JsonObject
        {
            ["message_id"] = messageId, ["from"] = Client(), ["chat"] = PrivateChat(), ["date"] = 1441645532, [contentKey] = content,
        },
    }.ToJsonString();

    public static string Voice(string fileId, long? fileSize) => Message(1400, "voice", WithSize(new JsonObject
    {
        ["file_id"] = fileId, ["file_unique_id"] = "AgADvoice", ["duration"] = 3, ["mime_type"] = "audio/ogg",
    }, fileSize));

    public static string Video(string fileId, long? fileSize) => Message(1401, "video", WithSize(new JsonObject
    {
        ["file_id"] = fileId, ["file_unique_id"] = "AgADvideo", ["width"] = 640, ["height"] = 360, ["duration"] = 5,
        ["file_name"] = "clip.mp4", ["mime_type"] = "video/mp4",
    }, fileSize));

    /// <summary>The bot's membership in the client's private chat changed from <paramref name="oldStatus"/> to <paramref name="newStatus"/>.</summary>
    public static string MyChatMember(string oldStatus, string newStatus, string chatType = "private")
    {
        var bot = new JsonObject { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "Fake bot", ["username"] = "fake_bot" };
        var chat = PrivateChat();
        chat["type"] = chatType;
        var newMember = new JsonObject { ["user"] = bot.DeepClone(), ["status"] = newStatus };
        if (newStatus == "kicked")
        {
            newMember["until_date"] = 0;
        }

        return new JsonObject
        {
            ["update_id"] = 20000,
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = chat, ["from"] = Client(), ["date"] = 1700000100,
                ["old_chat_member"] = new JsonObject { ["user"] = bot, ["status"] = oldStatus },
                ["new_chat_member"] = newMember,
            },
        }.ToJsonString();
    }

    private static JsonObject WithSize(JsonObject media, long? fileSize)
    {
        if (fileSize is not null)
        {
            media["file_size"] = fileSize;
        }

        return media;
    }
}
