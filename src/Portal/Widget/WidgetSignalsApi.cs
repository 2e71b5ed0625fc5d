using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Widget;

/// <summary><c>POST typing</c> (shown to the agent), <c>POST read</c> (read receipts of the business's messages), <c>POST rating</c> (a thumb).</summary>
public static class WidgetSignalsApi
{
    public static async Task<IResult> TypingAsync(HttpContext http, VisitorTokens tokens, WidgetRateLimits limits, IDbContextFactory<AppDbContext> factory, VisitorTypingFeed typing, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        if (Check(http, site, tokens, limits, out var visitor) is { } refused)
        {
            return refused;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await WidgetHistory.FindAsync(db, site.Id, visitor.VisitorId, ct) is { } conversation)
        {
            typing.Publish(new VisitorTyping(conversation));
        }

        return Results.NoContent();
    }

    public static async Task<IResult> ReadAsync(HttpContext http, VisitorTokens tokens, WidgetRateLimits limits, WidgetRelay relay, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        if (Check(http, site, tokens, limits, out var visitor) is { } refused)
        {
            return refused;
        }

        var (input, invalid) = await WidgetJson.ReadAsync<ReadInput>(http, ct);
        if (input is null)
        {
            return invalid!;
        }

        if (input.Ids is not { Count: > 0 and <= 100 } ids || ids.Any(id => id is not { Length: <= 40 } || !id.StartsWith(WidgetHistory.OutgoingPrefix, StringComparison.Ordinal)))
        {
            return WidgetResults.Invalid("ids must list 1 to 100 ids of messages sent to the visitor.");
        }

        return WidgetResults.From(await relay.RelayAsync(site, new { type = "read", visitorId = visitor.VisitorId, messageIds = ids }, ct));
    }

    public static async Task<IResult> RateAsync(HttpContext http, VisitorTokens tokens, WidgetRateLimits limits, WidgetRelay relay, CancellationToken ct)
    {
        var site = WidgetSiteFilter.Site(http);
        if (Check(http, site, tokens, limits, out var visitor) is { } refused)
        {
            return refused;
        }

        var (input, invalid) = await WidgetJson.ReadAsync<RatingInput>(http, ct);
        if (input is null)
        {
            return invalid!;
        }

        if (!RatingPayload.TryParse(input.Payload, out _, out _) || (input.Id is { } id && !WidgetMessagesApi.IsClientId(id)))
        {
            return WidgetResults.Invalid("payload must be a rating button's payload.");
        }

        // The payload names a session; the host records it only on a session of this visitor's own conversation.
        return WidgetResults.From(await relay.RelayAsync(site,
            new { type = "rating", visitorId = visitor.VisitorId, payload = input.Payload, messageId = input.Id ?? "r-" + Guid.NewGuid().ToString("N") }, ct));
    }

    /// <summary>The token (401) and the visitor's rate (429), which every visitor action checks first.</summary>
    internal static IResult? Check(HttpContext http, WidgetSite site, VisitorTokens tokens, WidgetRateLimits limits, out VisitorToken visitor)
    {
        visitor = tokens.Read(site.Id, http.Request)!;
        return visitor is null ? WidgetResults.NoToken()
            : !limits.TryVisitor(site.Id, visitor.VisitorId) ? WidgetResults.TooMany(http)
            : null;
    }
}
