namespace OpenChannels.Portal.Bots;

/// <summary>Where a bot-held session stands.</summary>
public enum BotSessionStatus
{
    Active,
    HandedOver,
    Closed,
}
