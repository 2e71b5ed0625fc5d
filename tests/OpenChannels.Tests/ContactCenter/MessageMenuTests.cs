using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class MessageMenuTests
{
    private static readonly Actor Agent = new("agent-1", false, false);
    private static readonly Guid Session = Guid.NewGuid();

    [Fact]
    public void For_OwnReply_OffersQuoteEditDelete()
    {
        Assert.Equal([MessageCommand.Quote, MessageCommand.Edit, MessageCommand.Delete, .. MessageTools.Commands], MessageMenu.For(Message(MessageKind.Agent, "agent-1"), Agent, Open()));
    }

    [Fact]
    public void For_ColleaguesReply_OffersOnlyQuote()
    {
        Assert.Equal([MessageCommand.Quote, .. MessageTools.Commands], MessageMenu.For(Message(MessageKind.Agent, "agent-2"), Agent, Open()));
    }

    [Fact]
    public void For_FailedReply_OffersRetry()
    {
        Assert.Contains(MessageCommand.Retry, MessageMenu.For(Message(MessageKind.Auto, null, DeliveryStatus.Failed), Agent, Open()));
    }

    [Fact]
    public void For_ClientMessageOfTheCurrentSession_OffersSplit()
    {
        Assert.Equal([MessageCommand.Quote, MessageCommand.Split, .. MessageTools.Commands], MessageMenu.For(Message(MessageKind.Client, null), Agent, Open()));
    }

    [Fact]
    public void For_ClientMessageOfAClosedConversation_OffersNoSplit()
    {
        Assert.DoesNotContain(MessageCommand.Split, MessageMenu.For(Message(MessageKind.Client, null), Agent, Open() with { Status = ConversationStatus.Closed }));
    }

    [Fact]
    public void For_SystemLineOrDeletedMessage_OffersNothing()
    {
        Assert.Empty(MessageMenu.For(Message(MessageKind.System, null), Agent, Open()));
        Assert.Empty(MessageMenu.For(Message(MessageKind.Agent, "agent-1") with { DeletedAt = DateTimeOffset.UtcNow }, Agent, Open()));
    }

    private static MessageView Message(MessageKind kind, string? author, DeliveryStatus delivery = DeliveryStatus.Sent) => new(
        1, Session, kind, "text", [], author, DateTimeOffset.UtcNow, null, null, false, delivery, null, null, null, []);

    private static ConversationSummary Open() => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "chat", Guid.NewGuid(), "Carla", null, null, ConversationStatus.Active, "agent-1",
        DateTimeOffset.UtcNow, "hi", 0, null, Session);
}
