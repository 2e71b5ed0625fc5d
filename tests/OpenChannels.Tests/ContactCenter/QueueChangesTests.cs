using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class QueueChangesTests
{
    [Fact]
    public void Take_FirstTime_AsksForAFullReload() => Assert.Null(new QueueChanges(TimeProvider.System).Take());

    [Fact]
    public void Take_AfterAFewConversationChanges_ReturnsThemOnce()
    {
        var changes = new QueueChanges(TimeProvider.System);
        changes.Take();
        var id = Guid.NewGuid();

        changes.Add(new ConversationChange(id, Guid.NewGuid(), 5));
        changes.Add(new ConversationChange(id, Guid.NewGuid()));

        Assert.Equal([id], changes.Take());
        Assert.Empty(changes.Take()!);
    }

    [Fact]
    public void Take_ChangeNotAboutOneChannel_AsksForAFullReload()
    {
        var changes = new QueueChanges(TimeProvider.System);
        changes.Take();

        changes.Add(new ConversationChange(Guid.NewGuid(), Guid.Empty));

        Assert.Null(changes.Take());
    }

    [Fact]
    public void Take_ManyChangesAtOnce_AsksForAFullReload()
    {
        var changes = new QueueChanges(TimeProvider.System);
        changes.Take();

        for (var i = 0; i < 60; i++)
        {
            changes.Add(new ConversationChange(Guid.NewGuid(), Guid.NewGuid()));
        }

        Assert.Null(changes.Take());
    }
}
