using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Tasks;

namespace OpenChannels.Portal.Tests.InternalChats;

public sealed class InternalChatTests
{
    private static readonly string[] Nobody = ["nobody"];

    [Fact]
    public async Task FromMessage_HasEveryEmployeeInvolved_QuotesTheMessage_AndIsPrivate()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        var (carlId, carl) = await desk.EmployeeAsync("carl@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId, carlId);
        (await desk.ClientWritesAsync("The parcel never arrived", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "Checking with the carrier" })).EnsureSuccessStatusCode();
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/actions/invite", new { userId = bobId })).EnsureSuccessStatusCode();
        (await bob.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "I know this carrier", whisper = true })).EnsureSuccessStatusCode();
        var messageId = await TaskTests.ClientMessageAsync(desk, conversation.Id);

        var created = await carl.PostAsync($"/api/v1/messages/{messageId}/internal-chat", null);
        var chat = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<InternalChatSummary>(Desk.Json))!;

        // Carl started it (he sees the channel); Ana holds and answered the conversation, Bob was invited and whispered.
        Assert.Equal(new[] { anaId, bobId, carlId }.Order(), chat.Members.Select(m => m.UserId).Order());
        Assert.Equal((false, conversation.Id), (chat.IsPublic, chat.ConversationId));
        var quote = Assert.Single((await bob.GetFromJsonAsync<List<InternalChatMessageView>>($"/api/v1/internal-chats/{chat.Id}/messages", Desk.Json))!);
        Assert.Equal(("The parcel never arrived", "Maria Silva", conversation.Id), (quote.QuotedText, quote.QuotedAuthor, quote.QuotedConversationId));
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsJsonAsync($"/api/v1/internal-chats/{chat.Id}/messages", new { text = "On it" })).StatusCode);
        Assert.Equal(2, (await ana.GetFromJsonAsync<List<InternalChatMessageView>>($"/api/v1/internal-chats/{chat.Id}/messages", Desk.Json))!.Count);
        Assert.Empty((await eve.GetFromJsonAsync<List<InternalChatSummary>>("/api/v1/internal-chats", Desk.Json))!);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/internal-chats/{chat.Id}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.PostAsJsonAsync($"/api/v1/internal-chats/{chat.Id}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.PostAsJsonAsync($"/api/v1/internal-chats/{chat.Id}/members", new { userIds = Nobody })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.PostAsync($"/api/v1/messages/{messageId}/internal-chat", null)).StatusCode);
    }

    [Fact]
    public async Task PublicRoom_IsListedToEveryone_WhoMustJoinToWrite()
    {
        await using var desk = await Desk.StartAsync();
        var (_, ana) = await desk.EmployeeAsync("ana@example.com");
        var (eveId, eve) = await desk.EmployeeAsync("eve@example.com");
        var room = (await (await ana.PostAsJsonAsync("/api/v1/internal-chats", new { title = "Launch", isPublic = true }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<InternalChatSummary>(Desk.Json))!;
        var secret = (await (await ana.PostAsJsonAsync("/api/v1/internal-chats", new { title = "Salaries" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<InternalChatSummary>(Desk.Json))!;

        var listed = Assert.Single((await eve.GetFromJsonAsync<List<InternalChatSummary>>("/api/v1/internal-chats", Desk.Json))!);
        var beforeJoining = await eve.PostAsJsonAsync($"/api/v1/internal-chats/{room.Id}/messages", new { text = "hello" });
        var joined = await eve.PostAsJsonAsync($"/api/v1/internal-chats/{room.Id}/members", new { userIds = new[] { eveId } });
        var afterJoining = await eve.PostAsJsonAsync($"/api/v1/internal-chats/{room.Id}/messages", new { text = "hello" });
        var privateJoin = await eve.PostAsJsonAsync($"/api/v1/internal-chats/{secret.Id}/members", new { userIds = new[] { eveId } });
        var noTitle = await ana.PostAsJsonAsync("/api/v1/internal-chats", new { title = "" });

        Assert.Equal((room.Id, false), (listed.Id, listed.IsMember));
        Assert.Equal(HttpStatusCode.Forbidden, beforeJoining.StatusCode);
        Assert.True((await joined.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<InternalChatSummary>(Desk.Json))!.IsMember);
        Assert.Equal(HttpStatusCode.Created, afterJoining.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, privateJoin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await eve.DeleteAsync($"/api/v1/internal-chats/{room.Id}/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await eve.PostAsJsonAsync($"/api/v1/internal-chats/{room.Id}/messages", new { text = "again" })).StatusCode);
    }
}
