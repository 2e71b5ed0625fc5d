using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// The body of <c>send_message</c>. Without <see cref="Receiver"/> and <see cref="MinApiVersion"/> it is also the welcome
/// message Viber accepts in the response to <c>conversation_started</c>.
/// </summary>
internal sealed record ViberSendRequest
{
    [JsonPropertyName("receiver")]
    public string? Receiver { get; init; }

    [JsonPropertyName("min_api_version")]
    public int? MinApiVersion { get; init; }

    [JsonPropertyName("sender")]
    public required ViberSender Sender { get; init; }

    [JsonPropertyName("tracking_data")]
    public string? TrackingData { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("media")]
    public string? Media { get; init; }

    [JsonPropertyName("size")]
    public long? Size { get; init; }

    [JsonPropertyName("file_name")]
    public string? FileName { get; init; }

    [JsonPropertyName("keyboard")]
    public ViberKeyboard? Keyboard { get; init; }
}
