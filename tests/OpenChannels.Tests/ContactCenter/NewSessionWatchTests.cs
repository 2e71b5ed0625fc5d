using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class NewSessionWatchTests
{
    private static readonly Guid Channel = Guid.NewGuid();

    [Fact]
    public void Arrived_BeforeRouting_RingsNobody()
    {
        var watch = new NewSessionWatch(TimeProvider.System);
        var id = Guid.NewGuid();
        watch.Observe(new ConversationChange(id, Channel, 1, IsNewSession: true));
        watch.Observe(new ConversationChange(id, Channel, 2)); // the burst's next message, still unrouted

        Assert.Empty(watch.Arrived([Summary(id)]));
    }

    [Fact]
    public void Arrived_RoutedIntoMyList_RingsOnce()
    {
        var watch = new NewSessionWatch(TimeProvider.System);
        var id = Guid.NewGuid();
        watch.Observe(new ConversationChange(id, Channel, 1, IsNewSession: true));
        watch.Observe(new ConversationChange(id, Channel));

        Assert.Equal(id, Assert.Single(watch.Arrived([Summary(id)])).Id);
        Assert.Empty(watch.Arrived([Summary(id)]));
    }

    [Fact]
    public void Arrived_RoutedToAColleague_IsForgotten()
    {
        var watch = new NewSessionWatch(TimeProvider.System);
        var id = Guid.NewGuid();
        watch.Observe(new ConversationChange(id, Channel, 1, IsNewSession: true));
        watch.Observe(new ConversationChange(id, Channel));

        Assert.Empty(watch.Arrived([]));
        Assert.Empty(watch.Arrived([Summary(id)]));
    }

    [Fact]
    public void Arrived_ChangeOfAConversationThatIsNotNew_RingsNobody()
    {
        var watch = new NewSessionWatch(TimeProvider.System);
        var id = Guid.NewGuid();
        watch.Observe(new ConversationChange(id, Channel));

        Assert.Empty(watch.Arrived([Summary(id)]));
    }

    private static ConversationSummary Summary(Guid id) => new(
        id, Channel, Guid.NewGuid(), "chat", Guid.NewGuid(), "Carla", null, null, ConversationStatus.Unanswered, null,
        DateTimeOffset.UtcNow, "hi", 1, null, Guid.NewGuid());
}
