using System.Diagnostics;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.ContactCenter;

public sealed class ChatHistorySourceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Actor Supervisor = new("supervisor", true, false);

    [Fact]
    public async Task LoadAsync_FiftyThousandMessages_OpensAtTheEndFastWithSeparatorsAndQuotes()
    {
        using var portal = new PortalFactory();
        var (conversation, second) = await SeedAsync(portal, 50_000);
        var queries = portal.Services.GetRequiredService<ConversationQueries>();
        var details = await queries.DetailsAsync(Supervisor, conversation, CancellationToken.None);
        var source = new ChatHistorySource(queries, Supervisor, conversation) { Sessions = details.Value!.Sessions };
        await source.LoadAsync(new ItemsProviderRequest(0, 30, CancellationToken.None)); // the first window, as the list opens

        var clock = Stopwatch.StartNew();
        details = await queries.DetailsAsync(Supervisor, conversation, CancellationToken.None);
        var end = await source.LoadAsync(new ItemsProviderRequest(49_970, 30, CancellationToken.None));
        clock.Stop();
        output.WriteLine($"Details and the last window of 50,000 messages: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(50_000, end.TotalItemCount);
        Assert.Equal(30, end.Items.Count());
        Assert.True(clock.ElapsedMilliseconds < 1500, $"details and the last window took {clock.ElapsedMilliseconds} ms");
        Assert.Equal([1, 2], details.Value!.Sessions.Select(s => s.Number));
        var opening = Assert.Single(end.Items, l => l.OpensSession is not null);
        Assert.Equal(second, opening.Message.SessionId);
        Assert.Equal(2, opening.OpensSession!.Number);
        var quoting = end.Items.Last();
        Assert.Equal("message 1", quoting.Quoted?.Text); // quoted from far outside the window
    }

    private static async Task<(Guid Conversation, Guid SecondSession)> SeedAsync(PortalFactory portal, int count)
    {
        var factory = portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var client = new Client { Id = Guid.NewGuid(), ConnectionId = Guid.NewGuid(), ExternalUserId = "u1", Name = "Carla", CreatedAt = now };
        var conversation = new Conversation
        {
            Id = Guid.NewGuid(), ChannelId = Guid.NewGuid(), ConnectionId = client.ConnectionId, ClientId = client.Id, ExternalChatId = "c1",
            Status = ConversationStatus.Unanswered, CreatedAt = now, LastMessageAt = now,
        };
        var first = new Session { Id = Guid.NewGuid(), ConversationId = conversation.Id, Number = 1, ChannelId = conversation.ChannelId, StartedAt = now };
        var second = new Session { Id = Guid.NewGuid(), ConversationId = conversation.Id, Number = 2, ChannelId = conversation.ChannelId, StartedAt = now };
        conversation.CurrentSessionId = second.Id;
        db.AddRange(client, conversation, first, second);
        db.Messages.AddRange(Enumerable.Range(1, count).Select(i => new Message
        {
            ConversationId = conversation.Id,
            SessionId = i <= count - 10 ? first.Id : second.Id,
            Kind = MessageKind.Client,
            ExternalId = $"m{i}",
            Text = $"message {i}",
            CreatedAt = now,
        }));
        await db.SaveChangesAsync();
        var firstId = await db.Messages.Where(m => m.ConversationId == conversation.Id).MinAsync(m => m.Id);
        var lastId = await db.Messages.Where(m => m.ConversationId == conversation.Id).MaxAsync(m => m.Id);
        await db.Messages.Where(m => m.Id == lastId).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReplyToMessageId, firstId));
        return (conversation.Id, second.Id);
    }
}
