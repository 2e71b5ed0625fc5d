using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>The visitor token is the only key to a conversation: tampered, foreign or missing tokens read and write nothing.</summary>
public sealed class WidgetTokenTests
{
    [Fact]
    public async Task Messages_TamperedOrMissingToken_Returns401()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var token = await widget.NewVisitorAsync();
        Assert.Equal(HttpStatusCode.OK, (await widget.SendAsync(token, "v-first-message", "hello")).StatusCode);
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        foreach (var bad in new[] { tampered, "", "not-a-token", token + "x" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await widget.Send(HttpMethod.Get, "/messages", bad, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await widget.SendAsync(bad, "v-second-message", "again")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await widget.Send(HttpMethod.Get, "/events", bad, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await widget.Send(HttpMethod.Post, "/typing", bad, null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await widget.Send(HttpMethod.Get, "/messages", null, null)).StatusCode);
        await using var db = widget.Desk.Db();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
    }

    [Fact]
    public async Task Visitor_TamperedToken_StartsANewVisitorWithAnEmptyHistory()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var token = await widget.NewVisitorAsync();
        (await widget.SendAsync(token, "v-private-one", "my order 4711")).EnsureSuccessStatusCode();

        var renewed = await widget.NewVisitorAsync(profile: new { token });
        var fresh = await widget.NewVisitorAsync(profile: new { token = token[..^3] + "abc" });

        Assert.Equal("my order 4711", (await widget.HistoryAsync(renewed))[0].GetProperty("text").GetString());
        Assert.Equal(0, (await widget.HistoryAsync(fresh)).GetArrayLength());
    }

    [Fact]
    public async Task SecondVisitor_CannotReadTheFirstVisitorsMessagesOrFiles()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var first = await widget.NewVisitorAsync();
        var second = await widget.NewVisitorAsync();
        (await widget.SendAsync(first, "v-secret-0001", "secret of the first visitor", ("notes.txt", "text/plain", "first's file"u8.ToArray()))).EnsureSuccessStatusCode();
        var link = (await widget.HistoryAsync(first))[0].GetProperty("files")[0].GetProperty("url").GetString()!;
        (await widget.SendAsync(second, "v-second-0001", "the second visitor")).EnsureSuccessStatusCode();

        var seen = await widget.HistoryAsync(second);
        using var anonymous = widget.Desk.Portal.CreateClient();
        var own = await anonymous.GetAsync(new Uri(link).PathAndQuery);
        var withoutSignature = await anonymous.GetAsync(new Uri(link).AbsolutePath);
        var forged = await anonymous.GetAsync(new Uri(link).AbsolutePath + "?s=" + Uri.EscapeDataString(second));

        Assert.Equal("the second visitor", Assert.Single(seen.EnumerateArray()).GetProperty("text").GetString());
        Assert.DoesNotContain("secret", seen.ToString(), StringComparison.Ordinal);
        Assert.Equal("first's file", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, withoutSignature.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        await using var db = widget.Desk.Db();
        Assert.Equal(2, await db.Conversations.CountAsync());
    }

    [Fact]
    public async Task Token_OfAnotherConnection_IsRefused()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var token = await widget.NewVisitorAsync();
        var other = await widget.Desk.Api.PostAsJsonAsync($"/api/v1/channels/{widget.Desk.ChannelId}/connections",
            new { connector = "webchat", settings = new { allowedOrigins = WidgetDesk.Origin } });
        var otherId = (await other.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var browser = widget.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/widget/{otherId}/messages");
        request.Headers.Authorization = new("Bearer", token);

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_DirectPostWithoutRelaySignature_Returns401AndStoresNothing()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = "message", visitorId = "v0123456789abcdef0123456789abcdef", messageId = "v-forged-01", text = "forged" });

        var unsigned = await widget.Desk.DeliverAsync(body);
        var guessed = await widget.Desk.DeliverAsync(body, ("X-WebChat-Signature", new string('0', 64)));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        await using var db = widget.Desk.Db();
        Assert.Equal(0, await db.Messages.CountAsync());
    }
}
