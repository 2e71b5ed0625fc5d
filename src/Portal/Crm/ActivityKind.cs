namespace OpenChannels.Portal.Crm;

public enum ActivityKind
{
    /// <summary>One chat session, holding its transcript.</summary>
    ChatSession,
    Comment,
    Note,
    Call,
    Form,
}
