using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

/// <summary>
/// The group commit behind ingest. Each test holds the writer on a first unit until the deliveries it means to batch are all
/// queued, so they are written in one transaction whatever the timing.
/// </summary>
public sealed class IngestCommitterTests
{
    [Fact]
    public async Task Webhooks_ConcurrentInOneBatchWithADuplicate_AckAllAndStoreEachMessageOnce()
    {
        await using var desk = await Desk.StartAsync();
        var committer = desk.Portal.Services.GetRequiredService<IngestCommitter>();
        await using (var hold = await Hold.StartAsync(committer))
        {
            var deliveries = new[]
            {
                desk.ClientWritesAsync("first", "m-1", chatId: "chat-a", userId: "user-a"),
                desk.ClientWritesAsync("first", "m-1", chatId: "chat-a", userId: "user-a"),
                desk.ClientWritesAsync("second", "m-2", chatId: "chat-a", userId: "user-a"),
                desk.ClientWritesAsync("other chat", "m-1", chatId: "chat-b", userId: "user-b"),
            };
            await hold.ReleaseWhenQueuedAsync(deliveries.Length);

            var responses = await Task.WhenAll(deliveries);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }

        await using var db = desk.Db();
        Assert.Equal(3, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
        Assert.Equal(2, await db.Conversations.CountAsync());
        Assert.Equal(2, await db.Sessions.CountAsync());
        Assert.Equal(2, await db.Clients.CountAsync());
    }

    [Fact]
    public async Task RunAsync_CommitFails_FailsEveryUnitOfTheBatchAndStoresNone()
    {
        await using var desk = await Desk.StartAsync();
        var committer = desk.Portal.Services.GetRequiredService<IngestCommitter>();
        Task<int>[] units;
        await using (var hold = await Hold.StartAsync(committer))
        {
            units =
            [
                committer.RunAsync(db => AddLeadAsync(db, "kept only if committed 1"), CancellationToken.None),
                // Breaks the commit itself: a foreign key checked only at COMMIT (SQLite's deferred check) that does not hold.
                committer.RunAsync(async db =>
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;");
                    db.Conversations.Add(new Conversation
                    {
                        Id = Guid.NewGuid(), ChannelId = desk.ChannelId, ConnectionId = desk.ConnectionId, ClientId = Guid.NewGuid(),
                        ExternalChatId = "no such client", Status = ConversationStatus.Closed, CreatedAt = DateTimeOffset.UtcNow,
                    });
                    await db.SaveChangesAsync();
                    return 1;
                }, CancellationToken.None),
                committer.RunAsync(db => AddLeadAsync(db, "kept only if committed 2"), CancellationToken.None),
            ];
            await hold.ReleaseWhenQueuedAsync(units.Length);
        }

        foreach (var unit in units)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => unit);
        }

        await using var check = desk.Db();
        Assert.Equal(0, await check.Leads.CountAsync(l => l.Name.StartsWith("kept only if committed")));
    }

    [Fact]
    public async Task RunAsync_OneUnitThrows_OnlyThatUnitFailsAndTheOthersAreStored()
    {
        await using var desk = await Desk.StartAsync();
        var committer = desk.Portal.Services.GetRequiredService<IngestCommitter>();
        Task<int>[] units;
        await using (var hold = await Hold.StartAsync(committer))
        {
            units =
            [
                committer.RunAsync(db => AddLeadAsync(db, "batch neighbour 1"), CancellationToken.None),
                committer.RunAsync<int>(async db =>
                {
                    await AddLeadAsync(db, "written, then thrown away");
                    throw new IOException("the unit failed after writing");
                }, CancellationToken.None),
                committer.RunAsync(db => AddLeadAsync(db, "batch neighbour 2"), CancellationToken.None),
            ];
            await hold.ReleaseWhenQueuedAsync(units.Length);
        }

        Assert.Equal(1, await units[0]);
        await Assert.ThrowsAsync<IOException>(() => units[1]);
        Assert.Equal(1, await units[2]);
        await using var check = desk.Db();
        Assert.Equal(2, await check.Leads.CountAsync(l => l.Name.StartsWith("batch neighbour")));
        Assert.Equal(0, await check.Leads.CountAsync(l => l.Name == "written, then thrown away"));
    }

    private static async Task<int> AddLeadAsync(AppDbContext db, string name)
    {
        db.Leads.Add(new Lead { Id = Guid.NewGuid(), Name = name, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return 1;
    }

    /// <summary>A unit that keeps the writer busy until released, so what is queued meanwhile becomes the next batch.</summary>
    private sealed class Hold : IAsyncDisposable
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly IngestCommitter _committer;
        private Task<int> _unit = Task.FromResult(0);

        private Hold(IngestCommitter committer) => _committer = committer;

        public static async Task<Hold> StartAsync(IngestCommitter committer)
        {
            var hold = new Hold(committer);
            var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            hold._unit = committer.RunAsync(async _ =>
            {
                running.SetResult();
                await hold._release.Task;
                return 0;
            }, CancellationToken.None);
            await running.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return hold;
        }

        public async Task ReleaseWhenQueuedAsync(int count)
        {
            await Desk.EventuallyAsync(() => Task.FromResult(_committer.Queued >= count), $"{count} units are queued behind the hold");
            _release.TrySetResult();
        }

        public async ValueTask DisposeAsync()
        {
            _release.TrySetResult();
            await _unit;
        }
    }
}
