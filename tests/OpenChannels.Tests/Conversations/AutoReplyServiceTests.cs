using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

public sealed class AutoReplyServiceTests
{
    [Fact]
    public async Task WelcomeAsync_ConversationChangedMeanwhile_StillRepliesExactlyOnce()
    {
        using var portal = new PortalFactory();
        var factory = portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var (conversationId, sessionId) = await SeedAsync(factory);
        var welcome = portal.Services.GetRequiredService<AutoReplyService>();

        // A burst of client messages keeps bumping the conversation's concurrency token while the welcome is written.
        using var stop = new CancellationTokenSource();
        var bumps = 0;
        var burst = Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            while (!stop.IsCancellationRequested)
            {
                await db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, c => c.Version + 1));
                Interlocked.Increment(ref bumps);
            }
        });
        while (Volatile.Read(ref bumps) < 20)
        {
            await Task.Delay(5);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => welcome.WelcomeAsync(sessionId, CancellationToken.None))));
        await stop.CancelAsync();
        await burst;

        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(1, await check.Messages.CountAsync(m => m.ConversationId == conversationId && m.Kind == MessageKind.Auto));
    }

    private static async Task<(Guid Conversation, Guid Session)> SeedAsync(IDbContextFactory<AppDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var channel = new Channel { Id = Guid.NewGuid(), Name = "Support", CreatedAt = now, WelcomeMessage = "Welcome!" };
        var client = new Client { Id = Guid.NewGuid(), ConnectionId = Guid.NewGuid(), ExternalUserId = "u1", Name = "Carla", CreatedAt = now };
        var conversation = new Conversation
        {
            Id = Guid.NewGuid(), ChannelId = channel.Id, ConnectionId = client.ConnectionId, ClientId = client.Id, ExternalChatId = "c1",
            Status = ConversationStatus.Unanswered, CreatedAt = now, LastMessageAt = now,
        };
        var session = new Session { Id = Guid.NewGuid(), ConversationId = conversation.Id, Number = 1, ChannelId = channel.Id, StartedAt = now };
        conversation.CurrentSessionId = session.Id;
        db.AddRange(channel, client, conversation, session);
        await db.SaveChangesAsync();
        return (conversation.Id, session.Id);
    }
}
