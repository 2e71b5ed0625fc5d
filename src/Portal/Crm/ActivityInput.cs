namespace OpenChannels.Portal.Crm;

/// <summary>A note, call or comment logged by hand on a lead, contact or deal (chat sessions are logged by the portal).</summary>
public sealed record ActivityInput(
    ActivityKind? Kind, string? Subject, string? Body = null, bool Internal = false, Guid? LeadId = null, Guid? ContactId = null, Guid? DealId = null);
