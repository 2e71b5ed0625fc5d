namespace OpenChannels.Plugins.Meta;

/// <summary>
/// Meta's reply windows: a standard reply within 24 hours of the client's last message, a <c>HUMAN_AGENT</c>-tagged reply
/// within 7 days, nothing after that.
/// </summary>
internal static class MessagingWindow
{
    public static readonly TimeSpan Standard = TimeSpan.FromHours(24);
    public static readonly TimeSpan HumanAgent = TimeSpan.FromDays(7);

    /// <summary>
    /// Decides how to send. When the client's last message is unknown (it predates the connection), a standard reply is tried
    /// and Meta itself enforces the window; its refusal comes back as a readable failure.
    /// </summary>
    public static WindowDecision Decide(DateTimeOffset? lastClientMessage, DateTimeOffset now, string platformName)
    {
        if (lastClientMessage is not { } last || now - last <= Standard)
        {
            return new WindowDecision("RESPONSE", null, null);
        }

        return now - last <= HumanAgent
            ? new WindowDecision("MESSAGE_TAG", "HUMAN_AGENT", null)
            : new WindowDecision("MESSAGE_TAG", "HUMAN_AGENT",
                $"The client last wrote more than 7 days ago; {platformName} does not allow a reply outside the window");
    }
}
