using System.Net;
using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>Message size, file size and type, and the per-visitor and per-IP rates: each refused with its own status, nothing stored.</summary>
public sealed class WidgetLimitsTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    [Fact]
    public async Task Send_OverTheConnectionsLimits_Returns413Or415AndStoresNothing()
    {
        await using var widget = await WidgetDesk.StartAsync(new Dictionary<string, string> { ["fileTypes"] = "image/*,application/pdf" });
        var token = await widget.NewVisitorAsync();

        var tooLong = await widget.SendAsync(token, "v-too-long-01", new string('a', 501));
        var tooBig = await widget.SendAsync(token, "v-too-big-001", null, ("big.pdf", "application/pdf", new byte[(1024 * 1024) + 1]));
        var wrongType = await widget.SendAsync(token, "v-wrongtype01", null, ("page.html", "text/html", "<script>alert(1)</script>"u8.ToArray()));
        var svg = await widget.SendAsync(token, "v-svg-image01", null, ("x.svg", "image/svg+xml", "<svg onload=alert(1)>"u8.ToArray()));
        var disguised = await widget.SendAsync(token, "v-disguised01", null, ("photo.png", "image/png", "<html><script>alert(1)</script>"u8.ToArray()));
        var empty = await widget.SendAsync(token, "v-empty-00001", "   ");
        var badId = await widget.SendAsync(token, "wc-1", "hi");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, svg.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, disguised.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await widget.SendAsync(token, "v-fine-image1", null, ("photo.png", "image/png", Png))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await widget.SendAsync(token, "v-at-limit-01", new string('a', 500))).StatusCode);
        await using var db = widget.Desk.Db();
        Assert.Equal(2, await db.Messages.CountAsync(m => m.Kind == OpenChannels.Portal.Conversations.MessageKind.Client));
        Assert.Equal("photo.png", (await db.MessageAttachments.SingleAsync()).FileName);
    }

    [Fact]
    public async Task Send_MoreThanTheVisitorsRate_Returns429WithRetryAfter_OtherVisitorsUnaffected()
    {
        await using var widget = await WidgetDesk.StartAsync(environment: new Dictionary<string, string?> { ["OPENCHANNELS_WIDGET_RATE_PER_VISITOR"] = "3" });
        var busy = await widget.NewVisitorAsync();
        var calm = await widget.NewVisitorAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await widget.SendAsync(busy, $"v-burst-{i:0000}", $"message {i}")).StatusCode);
        }

        var limited = await widget.SendAsync(busy, "v-burst-9999", "one more");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("60", limited.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, (await widget.SendAsync(calm, "v-calm-00001", "hello")).StatusCode);
    }

    [Fact]
    public async Task AnyEndpoint_MoreThanTheIpRate_Returns429()
    {
        await using var widget = await WidgetDesk.StartAsync(environment: new Dictionary<string, string?> { ["OPENCHANNELS_WIDGET_RATE_PER_IP"] = "5" });
        using var browser = widget.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await browser.GetAsync(widget.Base + "/config")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
