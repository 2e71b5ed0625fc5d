using System.Text.Json;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// History lines written by the portal ("assigned to Ana", "closed by Bruno"). They are stored as a resource key plus arguments,
/// so each employee reads them in their own language.
/// </summary>
public static class SystemLine
{
    public const string Assigned = "Line.Assigned";
    public const string Unassigned = "Line.Unassigned";
    public const string Answered = "Line.Answered";
    public const string Skipped = "Line.Skipped";
    public const string TransferredToUser = "Line.TransferredToUser";
    public const string TransferredToChannel = "Line.TransferredToChannel";
    public const string Closed = "Line.Closed";
    public const string AutoClosed = "Line.AutoClosed";
    public const string Spam = "Line.Spam";
    public const string TakenOver = "Line.TakenOver";
    public const string Pinned = "Line.Pinned";
    public const string Unpinned = "Line.Unpinned";
    public const string PinExpired = "Line.PinExpired";
    public const string Invited = "Line.Invited";
    public const string InvitedWithoutHistory = "Line.InvitedWithoutHistory";
    public const string TitleChanged = "Line.TitleChanged";
    public const string SessionStarted = "Line.SessionStarted";
    public const string Split = "Line.Split";
    public const string ClientUnreachable = "Line.ClientUnreachable";

    public static Message Create(Conversation conversation, Guid sessionId, DateTimeOffset at, string key, params string[] arguments) => new()
    {
        ConversationId = conversation.Id,
        SessionId = sessionId,
        Kind = MessageKind.System,
        Text = key,
        Arguments = arguments.Length == 0 ? null : JsonSerializer.Serialize(arguments),
        CreatedAt = at,
    };

    public static string[] Arguments(Message message) =>
        message.Arguments is null ? [] : JsonSerializer.Deserialize<string[]>(message.Arguments) ?? [];
}
