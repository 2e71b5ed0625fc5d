namespace OpenChannels.Plugins.Viber.Tests;

/// <summary>
/// Message callbacks the fixtures do not cover, built on the documented envelope (creators-hub
/// events/user-message-received.md) with message objects shaped as in data-models/message.md and courier's captures.
/// </summary>
internal static class ViberCallbacks
{
    public const string Token = "4912661846655238145";
    public const string SenderId = "jc9HsWTZ2Yf2NkRZ8KcNug==";

    public static string Message(string message, string token = Token) => $$"""
        {
          "event": "message",
          "timestamp": 1457764197627,
          "sender": {
            "id": "{{SenderId}}",
            "name": "John McClane",
            "avatar": "http://avatar.example.com",
            "country": "UK",
            "language": "en",
            "api_version": 1
          },
          "message": {{message}},
          "message_token": {{token}}
        }
        """;

    public const string File = """
        {"type": "file", "media": "http://media.example.com/file.pdf", "file_name": "file.pdf", "file_size": 3861139, "tracking_data": "tracking data"}
        """;

    public const string Video = """
        {"type": "video", "media": "http://media.example.com/video.mp4", "thumbnail": "http://media.example.com/video_thumbnail.jpg", "size": 3861139, "duration": 10}
        """;

    public const string Location = """
        {"type": "location", "location": {"lat": 50.76891, "lon": 6.11499}, "tracking_data": "tracking data"}
        """;

    public const string Contact = """
        {"type": "contact", "contact": {"name": "Alex", "phone_number": "+12067799191"}, "tracking_data": "3055"}
        """;

    public const string Sticker = """
        {"type": "sticker", "sticker_id": 40133}
        """;

    public const string Url = """
        {"type": "url", "media": "http://www.example.com"}
        """;

    public const string RatingPress = """
        {"type": "text", "text": "rating:5", "tracking_data": "local-42"}
        """;
}
