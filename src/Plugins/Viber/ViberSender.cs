using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Viber;

/// <summary>The <c>sender</c> object of an outgoing message: the bot's name and avatar as the client sees them.</summary>
internal sealed record ViberSender(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("avatar")] string? Avatar);
