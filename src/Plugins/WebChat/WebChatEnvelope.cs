namespace OpenChannels.Plugins.WebChat;

/// <summary>
/// One visitor action as the portal relays it: <c>message</c> (text and files), <c>rating</c> (a thumb pressed, with the
/// button's payload) or <c>read</c> (agent messages the visitor has seen). The visitor is the chat: one conversation each.
/// </summary>
internal sealed record WebChatEnvelope(
    string? Type,
    string? VisitorId,
    string? MessageId,
    string? Name,
    string? Email,
    string? Phone,
    string? Language,
    string? Text,
    IReadOnlyList<WebChatEnvelopeFile>? Files,
    string? Payload,
    IReadOnlyList<string>? MessageIds,
    DateTimeOffset? Date);
