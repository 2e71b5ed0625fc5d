namespace OpenChannels.Portal.Crm;

/// <summary>The fixed pipeline a deal moves along.</summary>
public enum DealStage
{
    New,
    Negotiation,
    Won,
    Lost,
}
