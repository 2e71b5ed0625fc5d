using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class CommentPollingTests : GraphTest
{
    protected override bool ClientHasWritten => false;

    [Fact]
    public async Task Poll_FirstRun_ListsPostsAndReadsCommentsChronologically()
    {
        var result = await Harness.Connector.PollAsync(Harness.Connection, null, CancellationToken.None);

        var posts = Assert.Single(Graph.Server.To("/posts"));
        Assert.Equal($"/v25.0/{Harness.PageId}/posts", posts.Path);
        Assert.Equal("id,updated_time", posts.QueryValues()["fields"].ToString());
        Assert.Equal(Harness.PageToken, posts.QueryValues()["access_token"].ToString());
        var comments = Graph.Server.To("/comments").First(r => r.Path.Contains(GraphComments.PostA, StringComparison.Ordinal)).QueryValues();
        Assert.Equal("stream", comments["filter"].ToString());
        Assert.Equal("chronological", comments["order"].ToString());
        Assert.Equal("id,from,message,created_time,parent,permalink_url", comments["fields"].ToString());
        Assert.False(comments.ContainsKey("after"));
        Assert.Equal(GraphComments.FirstPageIds, result.Events.Cast<CommentReceived>().Select(c => c.CommentId));
        Assert.True(result.HasMore);
    }

    [Fact]
    public async Task Poll_CapturedComment_MapsAuthorTextDateAndPermalink()
    {
        var result = await Harness.Connector.PollAsync(Harness.Connection, null, CancellationToken.None);

        var comment = Assert.IsType<CommentReceived>(result.Events[0]);
        Assert.Equal(GraphComments.PostA, comment.ChatId);
        Assert.Equal("2498598377021978_2498617433686739", comment.CommentId);
        Assert.Equal(new("2711636948859886", "Kun Liu"), comment.Author);
        Assert.Equal("Good job!😏", comment.Text);
        Assert.Equal(new DateTimeOffset(2019, 12, 16, 12, 9, 40, TimeSpan.Zero), comment.Date);
        Assert.Equal("add", comment.Verb);
        Assert.Equal(GraphComments.PostA, comment.ParentId);
        Assert.Equal("https://www.facebook.com/2121008874780932/posts/2498598377021978/?comment_id=2498617433686739", comment.Permalink);
    }

    [Fact]
    public async Task Poll_FreshInstancesContinuingFromCursor_NeverReturnImportedCommentsAgain()
    {
        var first = await new FacebookConnector().PollAsync(Harness.Connection, null, CancellationToken.None);
        var second = await new FacebookConnector().PollAsync(Harness.Connection, first.NextCursor, CancellationToken.None);
        var third = await new FacebookConnector().PollAsync(Harness.Connection, second.NextCursor, CancellationToken.None);

        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        var secondIds = second.Events.Cast<CommentReceived>().Select(c => c.CommentId).ToList();
        Assert.Equal(["2498598377021978_2510000000000001", "2498598377021978_2510000000000002"], secondIds);
        Assert.Empty(secondIds.Intersect(GraphComments.FirstPageIds));
        Assert.Empty(third.Events);
        Assert.Equal("2498598377021978_2509257622622720", second.Events.Cast<CommentReceived>().First().ParentId);
        Assert.True(first.NextCursor!.Length < 1024, "the cursor stays small");
    }

    [Fact]
    public async Task Poll_ContinuingFromCursor_SendsTheStoredAfterCursor()
    {
        var first = await Harness.Connector.PollAsync(Harness.Connection, null, CancellationToken.None);
        var before = Graph.Server.Requests.Count;

        await Harness.Connector.PollAsync(Harness.Connection, first.NextCursor, CancellationToken.None);

        var postA = Graph.Server.Requests.Skip(before).Single(r => r.Path == $"/v25.0/{GraphComments.PostA}/comments");
        Assert.Equal(GraphComments.FirstPageAfter, postA.QueryValues()["after"].ToString());
    }

    [Fact]
    public async Task Poll_AfterFullImport_SkipsPostsNotUpdatedSince()
    {
        var first = await Harness.Connector.PollAsync(Harness.Connection, null, CancellationToken.None);
        var second = await Harness.Connector.PollAsync(Harness.Connection, first.NextCursor, CancellationToken.None);
        var before = Graph.Server.Requests.Count;

        await Harness.Connector.PollAsync(Harness.Connection, second.NextCursor, CancellationToken.None);

        var commentCalls = Graph.Server.Requests.Skip(before).Where(r => r.Path.EndsWith("/comments", StringComparison.Ordinal)).ToList();
        var onlyA = Assert.Single(commentCalls);
        Assert.Equal($"/v25.0/{GraphComments.PostA}/comments", onlyA.Path);
        Assert.Equal(GraphComments.SecondPageEnd, onlyA.QueryValues()["after"].ToString());
    }

    [Fact]
    public async Task Poll_UnreadableCursor_StartsOver()
    {
        var result = await Harness.Connector.PollAsync(Harness.Connection, "{broken", CancellationToken.None);

        Assert.Equal(GraphComments.FirstPageIds, result.Events.Cast<CommentReceived>().Select(c => c.CommentId));
    }

    [Fact]
    public async Task Poll_PostsCannotBeListed_ThrowsWithReadableReason()
    {
        Graph.PostsReplies.Enqueue(new GraphReply(400, Testing.Fixtures.Text("facebook", "send_api_error_invalid_token.json")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Harness.Connector.PollAsync(Harness.Connection, "cursor-kept-by-host", CancellationToken.None));

        Assert.Contains("The page access token is invalid or expired", error.Message, StringComparison.Ordinal);
    }
}
