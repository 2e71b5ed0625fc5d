using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Viber;

/// <summary>The body of <c>set_webhook</c>. An empty <see cref="Url"/> removes the webhook.</summary>
internal sealed record ViberWebhookRequest(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string>? EventTypes = null,
    [property: JsonPropertyName("send_name")] bool? SendName = null,
    [property: JsonPropertyName("send_photo")] bool? SendPhoto = null)
{
    /// <summary>The optional events we want; <c>message</c>, <c>subscribed</c> and <c>unsubscribed</c> always come.</summary>
    public static IReadOnlyList<string> Events { get; } = ["delivered", "seen", "failed", "subscribed", "unsubscribed", "conversation_started"];

    public static ViberWebhookRequest Register(Uri url) => new(url.AbsoluteUri, Events, SendName: true, SendPhoto: true);

    public static ViberWebhookRequest Remove() => new("");
}
