using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Connectors;

/// <summary>Page comments through the portal: the feed webhook's verbs, and <c>/api/v1/comments</c> with replies and channel access.</summary>
public sealed class PageCommentTests
{
    private const string FeedCommentId = "901097836652708_903438993085259";
    private const string CapturedCommentId = "2498598377021978_2498617433686739";

    [Fact]
    public async Task FeedWebhook_AddTwiceEditedThenRemove_OneCommentWithTheNewTextMarkedDeleted()
    {
        await using var desk = await CommentImportTests.StartAsync(await FakeMetaGraph.StartAsync());
        var add = Fixtures.Bytes("facebook", "feed_comment_add.json");

        Assert.Equal(HttpStatusCode.OK, (await desk.DeliverAsync(add, MetaDelivery.Signed(add))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.DeliverAsync(add, MetaDelivery.Signed(add))).StatusCode);
        var stored = await FeedCommentAsync(desk);
        Assert.Equal(("Tester", "1234567890321", "and the next one"), (stored.AuthorName, stored.AuthorExternalId, stored.Text));
        Assert.Equal(("1234567890321_901097836652708", "1234567890321_901097836652708"), (stored.PostId, stored.ParentId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135003), stored.CreatedAt);

        var edited = Feed("edited", "and the next one, corrected");
        (await desk.DeliverAsync(edited, MetaDelivery.Signed(edited))).EnsureSuccessStatusCode();
        var afterEdit = await FeedCommentAsync(desk);
        Assert.Equal("and the next one, corrected", afterEdit.Text);
        Assert.NotNull(afterEdit.EditedAt);

        var removed = Feed("remove", null);
        (await desk.DeliverAsync(removed, MetaDelivery.Signed(removed))).EnsureSuccessStatusCode();
        var view = Assert.Single(await ListAsync(desk.Api, desk.ConnectionId), c => c.CommentId == FeedCommentId);
        Assert.Equal(PageCommentStatus.Deleted, view.Status);
        Assert.Equal("and the next one, corrected", view.Text);
        var reply = await desk.Api.PostAsJsonAsync($"/api/v1/comments/{view.Id}/replies", new { text = "Thanks!" });
        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
    }

    [Fact]
    public async Task FeedWebhook_BadSignature_Returns401AndStoresNothing()
    {
        await using var desk = await CommentImportTests.StartAsync(await FakeMetaGraph.StartAsync());
        var add = Fixtures.Bytes("facebook", "feed_comment_add.json");

        var forged = await desk.DeliverAsync(add, MetaDelivery.Signed(add, "not_the_app_secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        await using var db = desk.Db();
        Assert.False(await db.PageComments.AnyAsync(c => c.CommentId == FeedCommentId));
    }

    [Fact]
    public async Task Reply_PubliclyThenPrivately_ReachesGraphAndIsLoggedOnTheComment()
    {
        var graph = await FakeMetaGraph.StartAsync();
        await using var desk = await ImportedAsync(graph);
        var comment = Assert.Single(await ListAsync(desk.Api, desk.ConnectionId), c => c.CommentId == CapturedCommentId);

        var open = await ReplyAsync(desk.Api, comment.Id, "Thank you, Kun!", isPrivate: false);
        var quiet = await ReplyAsync(desk.Api, comment.Id, "Can we help you with your order?", isPrivate: true);

        Assert.Equal((CommentReplyStatus.Sent, "2498598377021978_9001", null), (open.Status, open.ExternalId, open.Error));
        Assert.Equal((CommentReplyStatus.Sent, "m_PrivateReplyE2e0001"), (quiet.Status, quiet.ExternalId));
        var published = Assert.Single(graph.Server.To($"/{CapturedCommentId}/comments"), r => r.Method == "POST");
        Assert.Equal("Thank you, Kun!", QueryHelpers.ParseQuery(published.BodyText)["message"].ToString());
        var sent = JsonDocument.Parse(Assert.Single(graph.Server.To("/me/messages")).Body).RootElement;
        Assert.Equal(CapturedCommentId, sent.GetProperty("recipient").GetProperty("comment_id").GetString());
        Assert.Equal("Can we help you with your order?", sent.GetProperty("message").GetProperty("text").GetString());
        var after = Assert.Single(await ListAsync(desk.Api, desk.ConnectionId), c => c.Id == comment.Id);
        Assert.Equal(PageCommentStatus.Replied, after.Status);
        Assert.Equal([false, true], after.Replies.Select(r => r.Private));
    }

    [Fact]
    public async Task Reply_PlatformRefuses_IsLoggedAsFailedWithTheReason()
    {
        var graph = await FakeMetaGraph.StartAsync();
        await using var desk = await ImportedAsync(graph);
        var comment = Assert.Single(await ListAsync(desk.Api, desk.ConnectionId), c => c.CommentId == CapturedCommentId);
        graph.CommentReplyAnswers.Enqueue((403, FakeMetaGraph.Error(200, null, "(#200) Permissions error")));

        var refused = await ReplyAsync(desk.Api, comment.Id, "Thank you!", isPrivate: false);

        Assert.Equal(CommentReplyStatus.Failed, refused.Status);
        Assert.Equal("Permission denied (error 200: (#200) Permissions error)", refused.Error);
        var after = Assert.Single(await ListAsync(desk.Api, desk.ConnectionId), c => c.Id == comment.Id);
        Assert.Equal(PageCommentStatus.New, after.Status);
    }

    [Fact]
    public async Task Comments_AgentOutsideTheChannel_SeesNoneAndCannotReply_UntilMadeAMember()
    {
        await using var desk = await ImportedAsync(await FakeMetaGraph.StartAsync());
        var comment = (await ListAsync(desk.Api, desk.ConnectionId))[0];
        var (agentId, agent) = await desk.EmployeeAsync("agent@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/comments?connectionId={desk.ConnectionId}")).StatusCode);
        Assert.Empty((await agent.GetFromJsonAsync<List<PageCommentView>>("/api/v1/comments", Desk.Json))!);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync($"/api/v1/comments/{comment.Id}/replies", new { text = "hi" })).StatusCode);

        await desk.SetMembersAsync(agentId);

        Assert.Equal(5, (await ListAsync(agent, desk.ConnectionId)).Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync($"/api/v1/comments/{comment.Id}/replies", new { text = "  " })).StatusCode);
        Assert.Equal(CommentReplyStatus.Sent, (await ReplyAsync(agent, comment.Id, "Thanks!", isPrivate: false)).Status);
    }

    /// <summary>A Facebook desk whose first import (the five captured comments) is done.</summary>
    internal static async Task<Desk> ImportedAsync(FakeMetaGraph graph)
    {
        var desk = await CommentImportTests.StartAsync(graph);
        await CommentImportTests.WaitForRunAsync(desk, after: null, imported: 5);
        return desk;
    }

    internal static async Task<List<PageCommentView>> ListAsync(HttpClient api, Guid connectionId) =>
        (await api.GetFromJsonAsync<List<PageCommentView>>($"/api/v1/comments?connectionId={connectionId}", Desk.Json))!;

    private static async Task<CommentReplyView> ReplyAsync(HttpClient api, Guid commentId, string text, bool isPrivate)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/comments/{commentId}/replies", new { text, @private = isPrivate });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CommentReplyView>(Desk.Json))!;
    }

    private static async Task<PageComment> FeedCommentAsync(Desk desk)
    {
        await using var db = desk.Db();
        return await db.PageComments.AsNoTracking().SingleAsync(c => c.CommentId == FeedCommentId);
    }

    /// <summary>The captured feed change with another verb: Meta sends <c>edited</c> with the new message and <c>remove</c> without one.</summary>
    private static byte[] Feed(string verb, string? message)
    {
        var root = JsonNode.Parse(Fixtures.Text("facebook", "feed_comment_add.json"))!;
        var value = root["entry"]![0]!["changes"]![0]!["value"]!.AsObject();
        value["verb"] = verb;
        if (message is null)
        {
            value.Remove("message");
        }
        else
        {
            value["message"] = message;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
