namespace OpenChannels.Plugins.Viber;

/// <summary>The send_message calls one outbound message needs, in order, or why it cannot be sent.</summary>
internal sealed record ViberOutboundPlan(IReadOnlyList<ViberSendRequest> Parts, string? Error = null)
{
    public static ViberOutboundPlan Invalid(string error) => new([], error);
}
