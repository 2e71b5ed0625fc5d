using System.Security.Claims;
using System.Text;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Statistics;

/// <summary><c>GET /api/v1/statistics</c> and <c>/api/v1/statistics.csv</c>; the CSV is also served to signed-in users at <c>/statistics/export.csv</c>.</summary>
public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics", ReportAsync);
        api.MapGet("/statistics.csv", CsvAsync);
        return api;
    }

    public static IEndpointRouteBuilder MapStatisticsExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/statistics/export.csv", CsvAsync).RequireAuthorization(ApiV1.CookieOrApiKey);
        return endpoints;
    }

    private static async Task<IResult> ReportAsync(DateTimeOffset? from, DateTimeOffset? to, Guid? channelId, string? agentId, string? timeZone,
        ClaimsPrincipal user, StatisticsService statistics, TimeProvider clock, CancellationToken ct) =>
        (await statistics.ComputeAsync(Actor.From(user), Filter(from, to, channelId, agentId, timeZone, clock), ct)).ToResult();

    private static async Task<IResult> CsvAsync(DateTimeOffset? from, DateTimeOffset? to, Guid? channelId, string? agentId, string? timeZone,
        ClaimsPrincipal user, StatisticsService statistics, TimeProvider clock, CancellationToken ct) =>
        (await statistics.ComputeAsync(Actor.From(user), Filter(from, to, channelId, agentId, timeZone, clock), ct))
            .ToResult(r => Results.File(Encoding.UTF8.GetBytes(StatisticsCsv.Write(r)), "text/csv; charset=utf-8", "statistics.csv"));

    private static StatisticsFilter Filter(DateTimeOffset? from, DateTimeOffset? to, Guid? channelId, string? agentId, string? timeZone, TimeProvider clock)
    {
        var end = to ?? clock.GetUtcNow();
        return new StatisticsFilter(from ?? end.AddDays(-30), end, channelId, string.IsNullOrEmpty(agentId) ? null : agentId, string.IsNullOrEmpty(timeZone) ? "UTC" : timeZone);
    }
}
