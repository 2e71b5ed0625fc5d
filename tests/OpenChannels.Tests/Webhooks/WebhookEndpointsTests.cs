using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Webhooks;

public sealed class WebhookEndpointsTests
{
    [Fact]
    public async Task Post_FiftyConcurrentDuplicates_StoresTheMessageExactlyOnce()
    {
        await using var desk = await Desk.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => desk.ClientWritesAsync("Olá, preciso de ajuda", "m-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = desk.Db();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
        Assert.Equal(1, await db.Conversations.CountAsync());
        Assert.Equal(1, await db.Clients.CountAsync());
        Assert.Equal(1, await db.Sessions.CountAsync());
        var client = await db.Clients.SingleAsync();
        Assert.Equal("Maria Silva", client.Name);
    }

    [Fact]
    public async Task Post_ConcurrentDistinctMessagesOfANewClient_OneConversationOneSessionAllMessages()
    {
        await using var desk = await Desk.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => desk.ClientWritesAsync($"message {i}", $"m-{i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = desk.Db();
        Assert.Equal(20, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
        Assert.Equal(1, await db.Conversations.CountAsync());
        Assert.Equal(1, await db.Sessions.CountAsync());
    }

    [Fact]
    public async Task Post_WrongOrMissingSecret_Returns401AndStoresNothing()
    {
        await using var desk = await Desk.StartAsync();

        var wrong = await desk.ClientWritesAsync("hi", "m-1", secret: "guess");
        var missing = await desk.ClientWritesAsync("hi", "m-2", secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.Clients.CountAsync());
    }

    [Fact]
    public async Task Post_MalformedOrOversizedBody_Returns4xxAndStoresNothing()
    {
        await using var desk = await Desk.StartAsync();
        using var http = desk.Portal.CreateClient();
        http.DefaultRequestHeaders.Add("X-Loopback-Secret", Desk.Secret);

        var truncated = await http.PostAsync($"/webhooks/{desk.ConnectionId}", new StringContent("{\"type\":\"message\",\"chatId\":", System.Text.Encoding.UTF8, "application/json"));
        var huge = await http.PostAsync($"/webhooks/{desk.ConnectionId}", new ByteArrayContent(new byte[2 * 1024 * 1024]));
        var unknown = await http.PostAsync($"/webhooks/{Guid.NewGuid()}", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(0, await db.Messages.CountAsync());
    }

    [Fact]
    public async Task Post_DisabledPlugin_Returns503SoTheMessengerRetries_ThenStoresOnce()
    {
        await using var desk = await Desk.StartAsync();
        var registry = desk.Portal.Services.GetRequiredService<OpenChannels.Portal.Plugins.PluginRegistry>();
        await registry.SetEnabledAsync("loopback", false, CancellationToken.None);

        var refused = await desk.ClientWritesAsync("hi", "m-1");
        await registry.SetEnabledAsync("loopback", true, CancellationToken.None);
        var retried = await desk.ClientWritesAsync("hi", "m-1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
    }

    [Fact]
    public async Task Get_VerificationChallenge_IsAnsweredByTheConnector()
    {
        await using var desk = await Desk.StartAsync();
        using var http = desk.Portal.CreateClient();

        var good = await http.GetAsync($"/webhooks/{desk.ConnectionId}?challenge=abc123&token={Desk.Secret}");
        var bad = await http.GetAsync($"/webhooks/{desk.ConnectionId}?challenge=abc123&token=nope");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("abc123", await good.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }
}
