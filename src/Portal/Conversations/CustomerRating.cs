namespace OpenChannels.Portal.Conversations;

/// <summary>The client's verdict on a session.</summary>
public enum CustomerRating
{
    Positive,
    Negative,
}
