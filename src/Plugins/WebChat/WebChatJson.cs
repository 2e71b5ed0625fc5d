using System.Text.Json;

namespace OpenChannels.Plugins.WebChat;

/// <summary>The widget's JSON: camelCase, as the browser script writes and reads it.</summary>
internal static class WebChatJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
