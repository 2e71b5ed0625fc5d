using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Kpi;
using OpenChannels.Portal.Ratings;
using OpenChannels.Portal.Statistics;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Statistics;

public sealed class StatisticsServiceTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Report_SeededSessions_MatchFiguresComputedByHand()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, _) = await desk.EmployeeAsync("bob@example.com");
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);
        var other = Guid.NewGuid();
        await using (var db = desk.Db())
        {
            // Ana: answered in 60, 120, 180, 600 s; resolved in 600, 1200, 1800, 3600 s; one positive, one negative.
            Seed(db, desk.ChannelId, 9, anaId, 60, 600, SessionEndReason.Closed, CustomerRating.Positive);
            Seed(db, desk.ChannelId, 9, anaId, 120, 1200, SessionEndReason.Closed, CustomerRating.Negative);
            Seed(db, desk.ChannelId, 10, anaId, 180, 1800, SessionEndReason.AutoClosed, null);
            var rated = Seed(db, desk.ChannelId, 14, anaId, 600, 3600, SessionEndReason.Closed, null);
            // Bob: one answered in 30 s, still open.
            Seed(db, desk.ChannelId, 14, bobId, 30, null, null, CustomerRating.Positive);
            // Nobody: a missed session (ended unanswered after 900 s) and a spam one.
            Seed(db, desk.ChannelId, 23, null, null, 900, SessionEndReason.AutoClosed, null);
            Seed(db, desk.ChannelId, 23, null, null, 5, SessionEndReason.Spam, null);
            // Outside the period, and in another channel: must not count.
            Seed(db, desk.ChannelId, -30, anaId, 1, 2, SessionEndReason.Closed, null);
            Seed(db, other, 9, anaId, 1, 2, SessionEndReason.Closed, null);
            db.SupervisorRatings.Add(new SupervisorRating { SessionId = rated, Accuracy = 5, Speed = 4, Helpfulness = 3, RatedByUserId = "sue", AgentUserId = anaId });
            db.KpiBreaches.Add(new KpiBreach { Id = Guid.NewGuid(), SessionId = rated, ChannelId = desk.ChannelId, Kind = KpiKind.FirstAnswer, AgentUserId = anaId, DetectedAt = Day });
            await db.SaveChangesAsync();
        }

        var url = $"/api/v1/statistics?from={Uri.EscapeDataString(Day.ToString("O"))}&to={Uri.EscapeDataString(Day.AddDays(1).ToString("O"))}&channelId={desk.ChannelId}";
        var report = (await sue.GetFromJsonAsync<StatisticsReport>(url, Desk.Json))!;

        Assert.Equal(7, report.Started);
        Assert.Equal(5, report.Answered);
        Assert.Equal(5, report.Closed); // Ana: closed x3 + auto-closed x1; the missed one was auto-closed too
        Assert.Equal(1, report.Spam);
        Assert.Equal(1, report.Missed);
        // First responses: 30, 60, 120, 180, 600 -> median (nearest rank 3) 120, p90 (rank 5) 600.
        Assert.Equal(120, report.FirstResponseMedianSeconds);
        Assert.Equal(600, report.FirstResponseP90Seconds);
        // Resolutions (spam excluded): 600, 900, 1200, 1800, 3600 -> median 1200, p90 3600.
        Assert.Equal(1200, report.ResolutionMedianSeconds);
        Assert.Equal(3600, report.ResolutionP90Seconds);
        Assert.Equal((2, 1), (report.PositiveRatings, report.NegativeRatings));
        Assert.Equal(4, report.SupervisorAverage);
        Assert.Equal(1, report.FirstAnswerBreaches);
        Assert.Equal(2, report.StartedByHour[9]);
        Assert.Equal(2, report.StartedByHour[23]);
        var anaRow = report.Agents.Single(a => a.UserId == anaId);
        Assert.Equal((4, 120.0, 1, 1, 4.0, 1), (anaRow.Answered, anaRow.FirstResponseMedianSeconds!.Value, anaRow.Positive, anaRow.Negative, anaRow.SupervisorAverage!.Value, anaRow.KpiBreaches));

        // An agent sees only their own figures and cannot ask for a colleague's.
        var own = (await ana.GetFromJsonAsync<StatisticsReport>(url, Desk.Json))!;
        Assert.Equal(4, own.Started);
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync(url + $"&agentId={bobId}")).StatusCode);

        var csv = await sue.GetStringAsync(url.Replace("/statistics?", "/statistics.csv?", StringComparison.Ordinal));
        Assert.Contains("started,7\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("ana@example.com,4,120,1,1,4,1\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentile_NearestRank()
    {
        Assert.Equal(2, Percentile.Of([4, 1, 3, 2], 0.5));
        Assert.Equal(4, Percentile.Of([4, 1, 3, 2], 0.9));
        Assert.Equal(7, Percentile.Of([7], 0.5));
        Assert.Null(Percentile.Of([], 0.5));
    }

    private static Guid Seed(OpenChannels.Portal.Data.AppDbContext db, Guid channel, int hour, string? agent, int? answerAfter, int? endAfter, SessionEndReason? reason, CustomerRating? rating)
    {
        var start = Day.AddHours(hour);
        var session = new Session
        {
            Id = Guid.NewGuid(), ConversationId = Guid.NewGuid(), Number = 1, ChannelId = channel, StartedAt = start,
            AnsweredAt = answerAfter is { } a ? start.AddSeconds(a) : null, FirstResponseAt = answerAfter is { } f ? start.AddSeconds(f) : null,
            AnsweredByUserId = agent, EndedAt = endAfter is { } e ? start.AddSeconds(e) : null, EndReason = reason, CustomerRating = rating,
        };
        db.Sessions.Add(session);
        return session.Id;
    }
}
