namespace OpenChannels.Portal.Crm;

public enum LeadStatus
{
    New,
    InProgress,
    Converted,
    Junk,
}
