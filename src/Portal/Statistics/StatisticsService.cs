using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Kpi;

namespace OpenChannels.Portal.Statistics;

/// <summary>
/// Computes the statistics from stored sessions, ratings and KPI breaches. Supervisors and administrators see everyone;
/// an agent sees only their own figures. The query reads only the columns it needs, from the (channel, start) index.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<AppDbContext> factory)
{
    public async Task<Outcome<StatisticsReport>> ComputeAsync(Actor actor, StatisticsFilter filter, CancellationToken cancellationToken)
    {
        if (filter.To <= filter.From || filter.To - filter.From > TimeSpan.FromDays(3 * 366))
        {
            return Failure.Invalid("The period must end after it starts and span at most three years.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(filter.TimeZone, out var zone))
        {
            return Failure.Invalid($"Unknown time zone '{filter.TimeZone}'.");
        }

        if (!actor.SeesAllChannels)
        {
            if (filter.AgentUserId is not null && filter.AgentUserId != actor.UserId)
            {
                return Failure.Forbidden("Agents see only their own statistics.");
            }

            filter = filter with { AgentUserId = actor.UserId };
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sessions = db.Sessions.AsNoTracking().Where(s => s.StartedAt >= filter.From && s.StartedAt < filter.To);
        sessions = filter.ChannelId is { } channel ? sessions.Where(s => s.ChannelId == channel) : sessions;
        sessions = filter.AgentUserId is { } agent ? sessions.Where(s => s.AnsweredByUserId == agent) : sessions;
        var rows = await sessions.Select(s => new Row(s.Id, s.StartedAt, s.AnsweredAt, s.FirstResponseAt, s.EndedAt, s.EndReason, s.AnsweredByUserId, s.CustomerRating))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var ratings = (await db.SupervisorRatings.AsNoTracking().Select(r => new { r.SessionId, r.Accuracy, r.Speed, r.Helpfulness }).ToListAsync(cancellationToken))
            .Where(r => ids.Contains(r.SessionId)).ToDictionary(r => r.SessionId, r => (r.Accuracy + r.Speed + r.Helpfulness) / 3.0);
        var breaches = (await db.KpiBreaches.AsNoTracking().Select(b => new { b.SessionId, b.Kind, b.AgentUserId }).ToListAsync(cancellationToken))
            .Where(b => ids.Contains(b.SessionId)).ToList();
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var hours = new int[24];
        foreach (var row in rows)
        {
            hours[TimeZoneInfo.ConvertTime(row.StartedAt, zone).Hour]++;
        }

        var agents = rows.Where(r => r.AnsweredBy is not null).GroupBy(r => r.AnsweredBy!).Select(g => new AgentStatistics(
            g.Key,
            names.GetValueOrDefault(g.Key) ?? g.Key,
            g.Count(),
            Percentile.Of(FirstResponses(g), 0.5),
            g.Count(r => r.Rating == CustomerRating.Positive),
            g.Count(r => r.Rating == CustomerRating.Negative),
            Average(g.Where(r => ratings.ContainsKey(r.Id)).Select(r => ratings[r.Id])),
            breaches.Count(b => b.AgentUserId == g.Key))).OrderByDescending(a => a.Answered).ToList();

        var resolutions = rows.Where(r => r.EndedAt is not null && r.EndReason != SessionEndReason.Spam).Select(r => (r.EndedAt!.Value - r.StartedAt).TotalSeconds).ToList();
        var firstResponses = FirstResponses(rows);
        return new StatisticsReport(
            rows.Count,
            rows.Count(r => r.AnsweredAt is not null),
            rows.Count(r => r.EndReason is SessionEndReason.Closed or SessionEndReason.AutoClosed),
            rows.Count(r => r.EndReason == SessionEndReason.Spam),
            rows.Count(r => r.EndedAt is not null && r.AnsweredAt is null && r.EndReason != SessionEndReason.Spam),
            Percentile.Of(firstResponses, 0.5),
            Percentile.Of(firstResponses, 0.9),
            Percentile.Of(resolutions, 0.5),
            Percentile.Of(resolutions, 0.9),
            rows.Count(r => r.Rating == CustomerRating.Positive),
            rows.Count(r => r.Rating == CustomerRating.Negative),
            Average(ratings.Values),
            breaches.Count(b => b.Kind == KpiKind.FirstAnswer),
            breaches.Count(b => b.Kind == KpiKind.NextAnswer),
            hours,
            agents);
    }

    private static List<double> FirstResponses(IEnumerable<Row> rows) =>
        rows.Where(r => r.FirstResponseAt is not null).Select(r => (r.FirstResponseAt!.Value - r.StartedAt).TotalSeconds).ToList();

    private static double? Average(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2);
    }

    private sealed record Row(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? FirstResponseAt, DateTimeOffset? EndedAt,
        SessionEndReason? EndReason, string? AnsweredBy, CustomerRating? Rating);
}
