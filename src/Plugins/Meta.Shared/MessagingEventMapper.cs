using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>Maps one <c>entry[].messaging[]</c> item (message, echo, postback, delivery or read) to normalized events.</summary>
internal static class MessagingEventMapper
{
    /// <summary>The payload prefix the host gives rating buttons; such quick replies come back as ratings.</summary>
    public const string RatingPrefix = "rating:";

    public static void Map(JsonElement item, string entryId, MetaChannel channel, DateTimeOffset receivedAt, InboundBatch batch)
    {
        var sender = item.IdOf("sender");
        if (sender is null)
        {
            batch.Skipped.Add("messaging item without sender.id");
            return;
        }

        var date = item.UnixMs("timestamp") ?? receivedAt;
        if (item.Child("message") is { } message)
        {
            MapMessage(message, sender, item.IdOf("recipient"), entryId, date, channel, batch);
        }
        else if (item.Child("postback") is { } postback)
        {
            // Older postbacks have no mid; sender + timestamp is stable across Meta's redeliveries.
            var id = postback.Str("mid") ?? $"postback:{sender}:{date.ToUnixTimeMilliseconds()}";
            batch.Events.Add(new InboundMessage(sender, User(sender, channel), id, date, postback.Str("title") ?? postback.Str("payload")));
            batch.UserWrote(sender, date);
        }
        else if (item.Child("delivery") is { } delivery)
        {
            var mids = delivery.Items("mids").Select(m => m.GetString()).OfType<string>().ToList();
            batch.Events.Add(new DeliveryStatusChanged(sender, DeliveryState.Delivered, mids, delivery.UnixMs("watermark")));
        }
        else if (item.Child("read") is { } read)
        {
            // Messenger reports a watermark; Instagram names the seen message instead.
            IReadOnlyList<string> mids = read.Str("mid") is { } mid ? [mid] : [];
            batch.Events.Add(new DeliveryStatusChanged(sender, DeliveryState.Read, mids, read.UnixMs("watermark")));
        }
    }

    private static void MapMessage(JsonElement message, string sender, string? recipient, string entryId, DateTimeOffset date, MetaChannel channel, InboundBatch batch)
    {
        var mid = message.Str("mid");
        if (mid is null)
        {
            batch.Skipped.Add($"message from {sender} without mid");
            return;
        }

        if (message.Flag("is_echo"))
        {
            var client = Counterpart(sender, recipient, channel.BusinessId, entryId);
            var page = new ExternalUser(sender == client ? channel.BusinessId : sender, channel.BusinessLabel);
            batch.Events.Add(MessageContentMapper.ToInbound(message, client, page, mid, date) with { FromBusiness = true });
            return;
        }

        if (message.Flag("is_deleted"))
        {
            batch.Events.Add(new MessageDeleted(sender, mid));
            return;
        }

        batch.UserWrote(sender, date);
        var payload = message.Child("quick_reply")?.Str("payload");
        batch.Events.Add(payload is not null && payload.StartsWith(RatingPrefix, StringComparison.Ordinal)
            ? new RatingAnswered(sender, payload, mid)
            : MessageContentMapper.ToInbound(message, sender, User(sender, channel), mid, date));
    }

    /// <summary>
    /// In an echo the page is the sender and the client the recipient. Some captured echoes name the page as recipient,
    /// so the client is whichever side is not the business.
    /// </summary>
    private static string Counterpart(string sender, string? recipient, string businessId, string entryId) =>
        recipient is not null && recipient != businessId && recipient != entryId ? recipient : sender;

    private static ExternalUser User(string id, MetaChannel channel) => new(id, $"{channel.UserLabel} {id}");
}
