using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>Maps one authenticated Viber callback to normalized events.</summary>
internal static class ViberEventMapper
{
    public static WebhookResult Map(JsonElement root, ViberSettings settings, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return WebhookResult.Malformed("the callback body is not a JSON object");
        }

        var name = ViberJson.String(root, "event");
        return name switch
        {
            null => WebhookResult.Malformed("the callback has no event name"),

            // Viber's availability check during set_webhook: a 200 is all it wants.
            "webhook" => WebhookResult.Accept(),
            "message" => ViberMessageMapper.Map(root, now),
            "conversation_started" => ViberWelcome.Respond(settings),
            "subscribed" => Reachability(root, ViberJson.String(ViberJson.Object(root, "user") ?? default, "id"), true, "subscribed to the bot"),
            "unsubscribed" => Reachability(root, ViberJson.String(root, "user_id"), false, "unsubscribed from the bot"),
            "delivered" => Status(root, DeliveryState.Delivered),
            "seen" => Status(root, DeliveryState.Read),
            "failed" => Status(root, DeliveryState.Failed),

            // client_status, action and future events carry nothing the inbox shows.
            _ => WebhookResult.Accept(),
        };
    }

    private static WebhookResult Reachability(JsonElement root, string? userId, bool reachable, string reason) =>
        string.IsNullOrEmpty(userId)
            ? WebhookResult.Malformed($"'{ViberJson.String(root, "event")}' callback without a user id")
            : WebhookResult.Accept(new ClientReachabilityChanged(userId, userId, reachable, reason));

    private static WebhookResult Status(JsonElement root, DeliveryState state)
    {
        var userId = ViberJson.String(root, "user_id");
        var token = ViberJson.Id(root, "message_token");
        if (string.IsNullOrEmpty(userId) || token is null)
        {
            return WebhookResult.Malformed($"'{ViberJson.String(root, "event")}' callback without user_id or message_token");
        }

        var reason = state == DeliveryState.Failed ? ViberJson.String(root, "desc") ?? "Viber could not deliver the message" : null;
        return WebhookResult.Accept(new DeliveryStatusChanged(userId, state, [token]) { Reason = reason });
    }
}
