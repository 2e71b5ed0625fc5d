using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

public sealed class PermissionTests
{
    [Fact]
    public async Task AgentWithoutChannelAccess_Gets404OnEveryConversationRoute_AndSeesNothingInLists()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered");
        var id = conversation.Id;

        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/conversations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/conversations/{id}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { text = "x" })).StatusCode);
        foreach (var action in ConversationOperations.Names)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await eve.PostAsJsonAsync($"/api/v1/conversations/{id}/actions/{action}", new { userId = anaId, messageId = 1 })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/channels/{desk.ChannelId}")).StatusCode);
        Assert.Empty((await eve.GetFromJsonAsync<List<ConversationSummary>>("/api/v1/conversations", Desk.Json))!);
        Assert.Empty((await eve.GetFromJsonAsync<List<OpenChannels.Portal.Channels.ChannelView>>("/api/v1/channels", Desk.Json))!);
    }

    [Fact]
    public async Task Supervisor_SeesEveryChannel_AgentCannotManageChannels()
    {
        await using var desk = await Desk.StartAsync();
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", OpenChannels.Portal.Identity.Roles.Supervisor);
        var (_, ana) = await desk.EmployeeAsync("ana@example.com");
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();

        var seen = await ConversationWorkflowTests.WaitForAsync(sue, "unanswered");
        var create = await ana.PostAsJsonAsync("/api/v1/channels", new { name = "Mine" });
        var connect = await ana.PostAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/connections", new { connector = "loopback", settings = new { secret = "x" } });

        Assert.NotEqual(Guid.Empty, seen.Id);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, connect.StatusCode);
    }

    [Fact]
    public async Task Api_BadInput_ReturnsProblemDetails4xx()
    {
        await using var desk = await Desk.StartAsync();

        var noName = await desk.Api.PostAsJsonAsync("/api/v1/channels", new { name = "" });
        var badZone = await desk.Api.PostAsJsonAsync("/api/v1/channels", new { name = "x", timeZone = "Mars/Olympus" });
        var unknownPlugin = await desk.Api.PostAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/connections", new { connector = "nope", settings = new { } });
        var missingSetting = await desk.Api.PostAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/connections", new { connector = "loopback", settings = new { } });
        var badStatus = await desk.Api.GetAsync("/api/v1/conversations?status=sleeping");
        var unknownAction = await desk.Api.PostAsync($"/api/v1/conversations/{Guid.NewGuid()}/actions/dance", null);

        foreach (var response in new[] { noName, badZone, unknownPlugin, missingSetting, badStatus })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);
    }

    [Fact]
    public async Task Connection_SecretsAreEncryptedAtRestAndMaskedInTheApi()
    {
        await using var desk = await Desk.StartAsync();

        var view = await desk.Api.GetFromJsonAsync<OpenChannels.Portal.Connections.ConnectionView>($"/api/v1/connections/{desk.ConnectionId}", Desk.Json);
        await using var db = desk.Db();
        var stored = db.Connections.Single().ProtectedSettings;

        Assert.Equal(OpenChannels.Portal.Connections.ConnectionSettings.Mask, view!.Settings["secret"]);
        Assert.Equal(new Uri($"https://portal.test/webhooks/{desk.ConnectionId}"), view.WebhookUrl);
        Assert.Equal(OpenChannels.Portal.Connections.ConnectionStatus.Active, view.Status);
        Assert.DoesNotContain(Desk.Secret, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPage_AgentWithoutAccess_GetsTheNotFoundMessageAndNoData_AMemberGetsTheConversation()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, _) = await desk.EmployeeAsync("ana@example.com");
        await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        async Task<HttpResponseMessage> OpenAsAsync(string email)
        {
            var browser = desk.Portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            (await LoginForm.SubmitAsync(browser, email, TestAccounts.Password)).Dispose();
            return await browser.GetAsync($"/chat/{conversation.Id}");
        }

        var eve = await OpenAsAsync("eve@example.com");
        var ana = await OpenAsAsync("ana@example.com");

        // The page itself is the app shell (200); what it shows for a conversation out of reach is the not-found message, no data.
        var page = await eve.Content.ReadAsStringAsync();
        Assert.Contains("chat-not-found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"history\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Silva", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ana.StatusCode);
        Assert.Contains("Maria Silva", await ana.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransferToChannel_UnpinAndRename_AreRecordedAndRouted()
    {
        await using var desk = await Desk.StartAsync();
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        var sales = await (await desk.Api.PostAsJsonAsync("/api/v1/channels", new { name = "Sales", members = new[] { new { userId = bobId, inQueue = true } } }))
            .Content.ReadFromJsonAsync<OpenChannels.Portal.Channels.ChannelView>(Desk.Json);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        var url = $"/api/v1/conversations/{conversation.Id}/actions";

        (await desk.Api.PostAsJsonAsync($"{url}/rename", new { title = "Order #4711" })).EnsureSuccessStatusCode();
        (await desk.Api.PostAsJsonAsync($"{url}/pin", new { minutes = 5 })).EnsureSuccessStatusCode();
        (await desk.Api.PostAsync($"{url}/unpin", null)).EnsureSuccessStatusCode();
        var unpinTwice = await desk.Api.PostAsync($"{url}/unpin", null);
        (await desk.Api.PostAsJsonAsync($"{url}/transfer", new { channelId = sales!.Id })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Conflict, unpinTwice.StatusCode);
        var moved = await ConversationWorkflowTests.WaitForAsync(bob, "unanswered", assigned: true);
        Assert.Equal((sales.Id, bobId, "Order #4711"), (moved.ChannelId, moved.AssignedUserId, moved.Title));
        Assert.Null(moved.PinnedUntil);
        var lines = (await desk.Api.GetFromJsonAsync<List<MessageView>>($"/api/v1/conversations/{conversation.Id}/messages?limit=200", Desk.Json))!
            .Where(m => m.Kind == MessageKind.System).Select(m => m.Text).ToList();
        Assert.Contains(SystemLine.TitleChanged, lines);
        Assert.Contains(SystemLine.Unpinned, lines);
        Assert.Contains(SystemLine.TransferredToChannel, lines);
    }
}
