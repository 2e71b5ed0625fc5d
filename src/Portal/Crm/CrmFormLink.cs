namespace OpenChannels.Portal.Crm;

/// <summary>What a form link is bound to.</summary>
public sealed record CrmFormLink(Guid FormId, Guid ClientId, Guid ConversationId);
