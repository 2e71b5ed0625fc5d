using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Feed;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Tasks;

namespace OpenChannels.Portal.Tests.Feed;

public sealed class FeedTests
{
    [Fact]
    public async Task DiscussInTheFeed_QuotesTheMessage_EveryoneReadsCommentsAndLikesOnce_OnlyAuthorOrAdminDeletes()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("Your new app is wonderful!", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var messageId = await TaskTests.ClientMessageAsync(desk, conversation.Id);

        var foreign = await eve.PostAsJsonAsync($"/api/v1/messages/{messageId}/feed", new { text = "look" });
        (await ana.PostAsJsonAsync($"/api/v1/messages/{messageId}/feed", new { text = "Praise for the team" })).EnsureSuccessStatusCode();
        var post = Assert.Single((await eve.GetFromJsonAsync<List<FeedPostView>>("/api/v1/feed", Desk.Json))!);
        (await eve.PostAsJsonAsync($"/api/v1/feed/{post.Id}/comments", new { text = "Well done!" })).EnsureSuccessStatusCode();
        (await eve.PutAsync($"/api/v1/feed/{post.Id}/like", null)).EnsureSuccessStatusCode();
        (await eve.PutAsync($"/api/v1/feed/{post.Id}/like", null)).EnsureSuccessStatusCode();
        (await ana.PutAsync($"/api/v1/feed/{post.Id}/like", null)).EnsureSuccessStatusCode();
        (await ana.DeleteAsync($"/api/v1/feed/{post.Id}/like")).EnsureSuccessStatusCode();
        var seen = Assert.Single((await eve.GetFromJsonAsync<List<FeedPostView>>("/api/v1/feed", Desk.Json))!);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(("Praise for the team", "Your new app is wonderful!", "Maria Silva", conversation.Id), (seen.Text, seen.QuotedText, seen.QuotedAuthor, seen.QuotedConversationId));
        Assert.Equal((1, true, false), (seen.Likes, seen.LikedByMe, seen.CanDelete));
        Assert.Equal("Well done!", Assert.Single(seen.Comments).Text);
        Assert.Equal(HttpStatusCode.Forbidden, (await eve.DeleteAsync($"/api/v1/feed/{post.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await eve.PostAsJsonAsync("/api/v1/feed", new { text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await desk.Api.DeleteAsync($"/api/v1/feed/{post.Id}")).StatusCode);
        Assert.Empty((await ana.GetFromJsonAsync<List<FeedPostView>>("/api/v1/feed", Desk.Json))!);
    }
}
