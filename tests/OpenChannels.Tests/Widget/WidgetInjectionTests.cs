using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>
/// Script-injection payloads in the visitor's name, text and file name are stored exactly as sent and served back as JSON
/// strings or as a download, never as markup. (The widget writes them with textContent; Chromium checks the screens.)
/// </summary>
public sealed class WidgetInjectionTests
{
    public static TheoryData<string> Payloads =>
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "\"><iframe src=javascript:alert(1)>",
        "[click](javascript:alert(1))",
        "{{constructor.constructor('alert(1)')()}}",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task OfflineFormAndMessage_InjectionPayloads_StoredVerbatimAndServedAsText(string payload)
    {
        await using var widget = await WidgetDesk.StartAsync();
        var token = await widget.NewVisitorAsync();
        var offline = await widget.Send(HttpMethod.Post, "/offline", token,
            JsonContent.Create(new { id = "v-offline-0001", name = payload, email = "x@example.com", text = payload, lang = "en" }));
        var renewed = (await offline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var sent = await widget.SendAsync(renewed, "v-payload-0001", payload, (payload + ".txt", "text/plain", "plain"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, offline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await using var db = widget.Desk.Db();
        Assert.Equal(payload, (await db.Clients.SingleAsync()).Name);
        Assert.All(await db.Messages.Where(m => m.Kind == OpenChannels.Portal.Conversations.MessageKind.Client).ToListAsync(), m => Assert.Equal(payload, m.Text));
        var stored = await db.MessageAttachments.SingleAsync();
        Assert.Contains("alert", stored.FileName, StringComparison.Ordinal);

        var response = await widget.Send(HttpMethod.Get, "/messages", renewed, null);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var history = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
        Assert.Equal(payload, history[1].GetProperty("text").GetString());
        var link = new Uri(history[1].GetProperty("files")[0].GetProperty("url").GetString()!);
        using var http = widget.Desk.Portal.CreateClient();
        var file = await http.GetAsync(link.PathAndQuery);
        Assert.Equal("application/octet-stream", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", Assert.Single(file.Headers.GetValues("X-Content-Type-Options")));

        // The agents' API gives the same text back, as a JSON string.
        var conversation = await db.Conversations.SingleAsync();
        var agentView = await widget.Desk.Api.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversation.Id}/messages");
        Assert.Equal(2, agentView.EnumerateArray().Count(m => m.GetProperty("text").GetString() == payload));
    }
}
