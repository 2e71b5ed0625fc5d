using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Notifications;

namespace OpenChannels.Portal.Tests.Cluster;

public sealed class LiveFeedTests
{
    [Fact]
    public void Publish_LocalChange_ReachesLocalScreensAndIsSentToOtherNodes()
    {
        var (bus, feed, seen) = Watched();
        var change = new ConversationChange(Guid.NewGuid(), Guid.NewGuid(), 42, IsNewSession: true);

        feed.Publish(change);

        Assert.Equal([change], seen);
        var (topic, payload) = Assert.Single(bus.Sent);
        Assert.Equal("conversations", topic);
        Assert.Contains(change.ConversationId.ToString(), payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscribe_ChangeFromAnotherNode_ReachesLocalScreensAndIsNotSentBack()
    {
        var (bus, feed, seen) = Watched();
        var change = new ConversationChange(Guid.NewGuid(), Guid.NewGuid(), 7);

        bus.FromOtherNode("conversations", System.Text.Json.JsonSerializer.Serialize(change));

        Assert.Equal([change], seen);
        Assert.Empty(bus.Sent);
    }

    [Fact]
    public void Subscribe_NotificationFromAnotherNode_ArrivesWhole()
    {
        var bus = new RecordingBus();
        var feed = new NotificationFeed(NullLogger<NotificationFeed>.Instance, bus);
        Notification? seen = null;
        using var _ = feed.Subscribe(n => seen = n);
        var sent = new Notification { Id = Guid.NewGuid(), UserId = "u1", Text = "Kpi.FirstAnswer", Arguments = "[\"Support\"]", ConversationId = Guid.NewGuid(), CreatedAt = DateTimeOffset.UnixEpoch };
        feed.Publish(sent);

        bus.FromOtherNode("notifications", bus.Sent.Single().Payload);

        Assert.NotNull(seen);
        Assert.Equal((sent.Id, sent.UserId, sent.Text, sent.Arguments, sent.ConversationId, sent.CreatedAt), (seen.Id, seen.UserId, seen.Text, seen.Arguments, seen.ConversationId, seen.CreatedAt));
    }

    private static (RecordingBus Bus, ConversationFeed Feed, List<ConversationChange> Seen) Watched()
    {
        var bus = new RecordingBus();
        var feed = new ConversationFeed(NullLogger<ConversationFeed>.Instance, bus);
        var seen = new List<ConversationChange>();
        feed.Subscribe(seen.Add); // the feed lives only as long as the test
        return (bus, feed, seen);
    }

    [Fact]
    public void LocalBus_SingleNode_CarriesNothing()
    {
        var bus = new LocalClusterBus();
        var heard = false;
        using var _ = bus.Subscribe("conversations", _ => heard = true);

        bus.Publish("conversations", "{}");

        Assert.False(heard);
    }
}
