namespace OpenChannels.Portal.Mentions;

/// <summary>What an <c>@mention</c> names.</summary>
public enum MentionKind
{
    Colleague,
    Chat,
}
