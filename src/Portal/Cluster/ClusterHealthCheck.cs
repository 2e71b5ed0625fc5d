using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenChannels.Portal.Data;
using Quartz;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Readiness of a node in a PostgreSQL cluster: it hears the other nodes (its LISTEN connection is up) and its scheduler is a live
/// member of the Quartz cluster. The report names this node and every live member.
/// </summary>
public sealed class ClusterHealthCheck(
    IDbContextFactory<AppDbContext> factory, PostgresClusterBus bus, ISchedulerFactory schedulers, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var nodes = await db.Database.SqlQuery<SchedulerNode>(
                $"""SELECT instance_name AS "Name", last_checkin_time AS "LastCheckin", checkin_interval AS "Interval" FROM qrtz_scheduler_state WHERE sched_name = {scheduler.SchedulerName}""")
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var live = nodes.Where(n => n.IsAlive(now)).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        var data = new Dictionary<string, object>
        {
            ["node"] = bus.NodeId,
            ["scheduler"] = scheduler.SchedulerInstanceId,
            ["listening"] = bus.IsListening,
            ["members"] = live,
        };
        var members = $"{live.Count} live scheduler node(s): {string.Join(", ", live)}";
        if (!bus.IsListening)
        {
            return HealthCheckResult.Unhealthy($"node {bus.NodeId} does not hear the other nodes (LISTEN connection down); {members}", data: data);
        }

        return live.Contains(scheduler.SchedulerInstanceId, StringComparer.Ordinal)
            ? HealthCheckResult.Healthy($"node {bus.NodeId}, scheduler {scheduler.SchedulerInstanceId}; {members}", data)
            : HealthCheckResult.Unhealthy($"scheduler {scheduler.SchedulerInstanceId} is not a live member of the cluster yet; {members}", data: data);
    }
}
