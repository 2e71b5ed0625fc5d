namespace OpenChannels.Plugins.Meta;

/// <summary>How a reply may be sent given Meta's messaging window.</summary>
/// <param name="MessagingType"><c>RESPONSE</c> inside 24 hours, <c>MESSAGE_TAG</c> after.</param>
/// <param name="Tag"><c>HUMAN_AGENT</c> when tagged, else null.</param>
/// <param name="Refusal">Set when no reply is allowed any more; the reason for the agent.</param>
internal sealed record WindowDecision(string MessagingType, string? Tag, string? Refusal)
{
    public bool IsTagged => Tag is not null;
}
