using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Polling;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Plugins;
using Quartz;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>
/// Keeps one recurring, persistent import job per live connection whose plugin implements <see cref="IPollingConnector"/>:
/// scheduled when the connection goes live (and again at start-up), removed when it stops or is deleted. Scheduling replaces
/// the job and starts its timer now, so a new, changed or restarted connection imports at once.
/// </summary>
public sealed class PollSchedule(ISchedulerFactory schedulers, ConnectorGateway gateway, IDbContextFactory<AppDbContext> factory, PortalOptions options)
    : IConnectionListener
{
    public const string Group = "polling";

    public static JobKey Key(Guid connectionId) => new($"poll-{connectionId}", Group);

    public async Task ConnectionChangedAsync(Connection connection, CancellationToken cancellationToken)
    {
        var polls = connection.Status == ConnectionStatus.Active ? await PollsAsync(connection.ConnectorId, cancellationToken) : false;

        // Unknown (the plugin is disabled or reloading): the job stays as it is and reports the plugin's state when it runs.
        if (polls is true)
        {
            await ScheduleAsync(connection.Id, cancellationToken);
        }
        else if (polls is false)
        {
            await (await schedulers.GetScheduler(cancellationToken)).DeleteJob(Key(connection.Id), cancellationToken);
        }
    }

    public async Task ConnectionRemovedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await (await schedulers.GetScheduler(cancellationToken)).DeleteJob(Key(connectionId), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.ConnectionPolls.Where(p => p.ConnectionId == connectionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Start-up: schedules every live polling connection (so what happened while the portal was down is fetched now) and drops jobs of connections that are gone.</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        List<Connection> connections;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            connections = await db.Connections.AsNoTracking().ToListAsync(cancellationToken);
        }

        foreach (var connection in connections)
        {
            await ConnectionChangedAsync(connection, cancellationToken);
        }

        var known = connections.Select(c => Key(c.Id)).ToHashSet();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
        {
            if (!known.Contains(key))
            {
                await scheduler.DeleteJob(key, cancellationToken);
            }
        }
    }

    /// <summary>Runs the connection's import now (after the current run, if one is under way); false when it has no import job.</summary>
    public async Task<bool> RunNowAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(Key(connectionId), cancellationToken))
        {
            return false;
        }

        await scheduler.TriggerJob(Key(connectionId), cancellationToken);
        return true;
    }

    private async Task<bool?> PollsAsync(string connectorId, CancellationToken cancellationToken)
    {
        var probe = await gateway.InvokeAsync(connectorId, "IsPolling", (c, _) => Task.FromResult(c is IPollingConnector), cancellationToken);
        return probe.IsCompleted ? probe.Value : null;
    }

    private async Task ScheduleAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.ConnectionPolls.AnyAsync(p => p.ConnectionId == connectionId, cancellationToken))
            {
                db.ConnectionPolls.Add(new ConnectionPoll { ConnectionId = connectionId });
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        var job = JobBuilder.Create<PollJob>().WithIdentity(Key(connectionId)).UsingJobData(PollJob.ConnectionKey, connectionId.ToString()).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(Key(connectionId).Name, Group).ForJob(job).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(options.PollInterval).RepeatForever()).Build();
        await (await schedulers.GetScheduler(cancellationToken)).ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
