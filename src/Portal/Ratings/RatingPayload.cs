using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Ratings;

/// <summary>
/// The payload of a rating button: <c>rating:{sessionId}:{positive|negative}</c>. It names the session, so an answer that arrives
/// after a new session opened still lands on the session that was rated.
/// </summary>
public static class RatingPayload
{
    public const string Prefix = "rating:";

    public static string Create(Guid sessionId, CustomerRating rating) =>
        $"{Prefix}{sessionId:N}:{(rating == CustomerRating.Positive ? "positive" : "negative")}";

    public static bool TryParse(string? payload, out Guid sessionId, out CustomerRating rating)
    {
        sessionId = default;
        rating = default;
        var parts = payload?.Split(':');
        if (parts is not { Length: 3 } || parts[0] + ":" != Prefix || !Guid.TryParseExact(parts[1], "N", out sessionId))
        {
            return false;
        }

        switch (parts[2])
        {
            case "positive":
                rating = CustomerRating.Positive;
                return true;
            case "negative":
                rating = CustomerRating.Negative;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A plain-text answer to the "reply 1 or 2" question, for connectors without buttons.</summary>
    public static CustomerRating? FromText(string? text) => text?.Trim() switch
    {
        "1" or "👍" => CustomerRating.Positive,
        "2" or "👎" => CustomerRating.Negative,
        _ => null,
    };
}
