using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class QueueListPatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_ChangedRowWithNewMessage_MovesToTheTopWithItsNewPreview()
    {
        var a = Row("a", 1);
        var b = Row("b", 2);
        var c = Row("c", 3);

        var patched = QueueListPatch.Apply([a, b, c], [c.Id], [c with { LastMessageAt = Now, LastMessagePreview = "new" }]);

        Assert.Equal(["c", "a", "b"], patched.Select(r => r.ClientName));
        Assert.Equal("new", patched[0].LastMessagePreview);
    }

    [Fact]
    public void Apply_ChangedRowNoLongerInTheBox_IsRemovedAndANewOneAdded()
    {
        var a = Row("a", 1);
        var b = Row("b", 2);
        var fresh = Row("fresh", 0);

        var patched = QueueListPatch.Apply([a, b], [a.Id, fresh.Id], [fresh]);

        Assert.Equal(["fresh", "b"], patched.Select(r => r.ClientName));
    }

    [Fact]
    public void Apply_UnchangedRows_KeepTheirOrder()
    {
        var rows = Enumerable.Range(1, 5).Select(i => Row($"r{i}", i)).ToList();

        Assert.Equal(rows, QueueListPatch.Apply(rows, [], []));
    }

    private static ConversationSummary Row(string name, int minutesAgo) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), name, Guid.NewGuid(), name, null, null, ConversationStatus.Unanswered, null,
        Now.AddMinutes(-minutesAgo), "hi", 1, null, Guid.NewGuid());
}
