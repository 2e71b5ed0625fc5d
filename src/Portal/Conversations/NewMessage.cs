namespace OpenChannels.Portal.Conversations;

/// <summary>Body of <c>POST /api/v1/conversations/{id}/messages</c>: <c>{"text":"...","whisper":false}</c>.</summary>
public sealed record NewMessage(string? Text, bool Whisper = false, long? ReplyToMessageId = null);
