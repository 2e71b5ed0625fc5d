using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>
/// The loop every connector must close, run against the real portal with the built plugin and a fake of its messenger: the
/// messenger delivers a real payload to <c>/webhooks/{connectionId}</c>, the conversation waits unanswered under the client's
/// name, the agent replies through the REST API, and the fake receives the send for that chat. Each connector's test class says
/// what differs: its fake, its settings, its fixture, how deliveries are authenticated and how a send looks on the wire.
/// </summary>
public abstract class ConnectorEndToEndTest
{
    protected const string ReplyText = "Thanks for writing! How can we help?";

    /// <summary>The messenger's id of the chat in <see cref="Inbound"/>, which the reply must be addressed to.</summary>
    protected abstract string ChatId { get; }

    /// <summary>The client's name as the payload gives it.</summary>
    protected abstract string ClientName { get; }

    /// <summary>The id the fake messenger gives the sent reply, as the portal stores it.</summary>
    protected abstract string SentMessageId { get; }

    /// <summary>Starts the fake messenger and names the plugin with settings pointing at it.</summary>
    protected abstract Task<DeskConnector> ConnectAsync();

    /// <summary>The real fixture payload the messenger delivers.</summary>
    protected abstract byte[] Inbound();

    /// <summary>The headers a genuine delivery of <paramref name="body"/> carries (signature or secret).</summary>
    protected abstract (string Name, string Value)[] Authentic(Desk desk, byte[] body);

    /// <summary>The headers of a forged delivery: a signature or secret made without the connection's secret.</summary>
    protected abstract (string Name, string Value)[] Forged(byte[] body);

    /// <summary>The fake's record of the agent's reply: the chat (or recipient) id and the text the messenger was asked to send.</summary>
    protected abstract (string ChatId, string Text) SentReply(Desk desk);

    [Fact]
    public async Task Webhook_ClientWritesThenAgentReplies_ReplyReachesThePlatformForThatChat()
    {
        await using var desk = await StartAsync();
        var body = Inbound();

        var delivered = await desk.DeliverAsync(body, Authentic(desk, body));

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        Assert.Equal(ChatId, conversation.ExternalChatId);
        Assert.Equal(ClientName, conversation.ClientName);
        var posted = await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = ReplyText });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var reply = await posted.Content.ReadFromJsonAsync<MessageView>(Desk.Json);
        Assert.Equal(DeliveryStatus.Sent, reply!.Delivery);
        Assert.Equal(SentMessageId, reply.ExternalId);
        Assert.Equal((ChatId, ReplyText), SentReply(desk));
    }

    [Fact]
    public async Task Webhook_SamePayloadDeliveredTwice_StoresOneMessage()
    {
        await using var desk = await StartAsync();
        var body = Inbound();

        var first = await desk.DeliverAsync(body, Authentic(desk, body));
        var again = await desk.DeliverAsync(body, Authentic(desk, body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
        Assert.Equal(1, await db.Conversations.CountAsync());
    }

    [Fact]
    public async Task Webhook_BadSignature_Returns401AndStoresNothing()
    {
        await using var desk = await StartAsync();
        var body = Inbound();

        var forged = await desk.DeliverAsync(body, Forged(body));
        var unsigned = await desk.DeliverAsync(body);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await using var db = desk.Db();
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.Clients.CountAsync());
    }

    protected async Task<Desk> StartAsync() => await Desk.ConnectAsync(await ConnectAsync());
}
