using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>The import status of the connections an employee may see, and the "run now" action.</summary>
public sealed class PollingService(IDbContextFactory<AppDbContext> factory, PollSchedule schedule)
{
    public async Task<IReadOnlyList<PollStatusView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var visible = await ChannelAccess.VisibleChannelsAsync(db, actor, cancellationToken);
        var rows = await db.ConnectionPolls.AsNoTracking()
            .Join(db.Connections, p => p.ConnectionId, c => c.Id, (p, c) => new { Poll = p, c.Name, c.ConnectorId, c.ChannelId })
            .ToListAsync(cancellationToken);
        return rows.Where(r => visible is null || visible.Contains(r.ChannelId))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new PollStatusView(r.Poll.ConnectionId, r.Name, r.ConnectorId, r.Poll.LastRunAt, r.Poll.LastSuccessAt, r.Poll.ImportedCount, r.Poll.LastError, r.Poll.Running))
            .ToList();
    }

    public async Task<Outcome<Done>> RunNowAsync(Actor actor, Guid connectionId, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var channel = await db.Connections.Where(c => c.Id == connectionId).Select(c => (Guid?)c.ChannelId).FirstOrDefaultAsync(cancellationToken);
            if (channel is null || !await ChannelAccess.CanSeeChannelAsync(db, actor, channel.Value, cancellationToken))
            {
                return Failure.NotFound("connection not found");
            }
        }

        return await schedule.RunNowAsync(connectionId, cancellationToken)
            ? Done.Value
            : Failure.Conflict("This connection has no import job: it is not active, or its connector does not import.");
    }
}
