using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Conversations.Jobs;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

/// <summary>
/// The auto-close timer's and job's reads are range reads on the (ChannelId, Status, LastMessageAt) index, never a sort of every
/// open conversation of a channel (SQLite's own query plan says which; benchmark P7 measures what the sort cost while idle).
/// </summary>
public sealed class AutoCloseQueryPlanTests
{
    private const string Index = "IX_Conversations_ChannelId_Status_LastMessageAt";

    [Fact]
    public async Task TimerRead_EveryOpenStatus_WalksTheIndexInOrderWithoutSorting()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", AutoCloseMinutes = 60 });
        await using var db = desk.Db();
        foreach (var status in ConversationStatuses.Open)
        {
            var plan = await PlanAsync(db, InactivityCloseTimer.NextToFallDue(db, Guid.NewGuid(), status, DateTimeOffset.UtcNow));
            Assert.Contains($"USING INDEX {Index} (ChannelId=? AND Status=?)", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task JobRead_EveryOpenStatus_IsARangeOnTheLastMessageTime()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", AutoCloseMinutes = 60 });
        await using var db = desk.Db();
        foreach (var status in ConversationStatuses.Open)
        {
            var now = DateTimeOffset.UtcNow;
            var plan = await PlanAsync(db, InactivityCloseJob.Due(db, Guid.NewGuid(), status, now.AddHours(-1), now));
            Assert.Contains($"USING INDEX {Index} (ChannelId=? AND Status=? AND LastMessageAt<?)", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OpenStatuses_AreEveryStatusButClosed()
    {
        Assert.Equal([ConversationStatus.Unanswered, ConversationStatus.Active], ConversationStatuses.Open);
    }

    private static async Task<string> PlanAsync<T>(DbContext db, IQueryable<T> query)
    {
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(reader.GetOrdinal("detail")));
            }

            return string.Join("\n", rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
