using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class CommentReplyTests : GraphTest
{
    private const string CommentId = "901097836652708_903438993085259";
    protected override bool ClientHasWritten => false;

    [Fact]
    public async Task ReplyToComment_Public_PostsMessageToTheCommentsEdge()
    {
        var result = await Harness.Connector.ReplyToCommentAsync(Harness.Connection, new CommentReply(CommentId, "Thanks & welcome!", false), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("901097836652708_555000111", result.ExternalId);
        var request = Assert.Single(Graph.Server.To("/comments"));
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v25.0/{CommentId}/comments", request.Path);
        Assert.Equal(Harness.PageToken, request.QueryValues()["access_token"].ToString());
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("Thanks & welcome!", request.FormValues()["message"].ToString());
        Assert.Empty(Graph.Server.To("/me/messages"));
    }

    [Fact]
    public async Task ReplyToComment_Private_SendsToCommentIdThroughSendApi()
    {
        var result = await Harness.Connector.ReplyToCommentAsync(Harness.Connection, new CommentReply(CommentId, "Let's talk here", true), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var request = Assert.Single(Graph.Server.To("/me/messages"));
        Assert.Equal(Harness.PageToken, request.QueryValues()["access_token"].ToString());
        var body = request.Json();
        Assert.Equal(CommentId, body.GetProperty("recipient").GetProperty("comment_id").GetString());
        Assert.False(body.GetProperty("recipient").TryGetProperty("id", out _));
        Assert.Equal("Let's talk here", body.GetProperty("message").GetProperty("text").GetString());
        Assert.Empty(Graph.Server.To("/comments"));
    }

    [Fact]
    public async Task ReplyToComment_PrivateReplyAlreadySent_FailsWithMetasReason()
    {
        Graph.SendReplies.Enqueue(GraphReply.Error(400, 10900, null, "Activity already replied to"));

        var result = await Harness.Connector.ReplyToCommentAsync(Harness.Connection, new CommentReply(CommentId, "Again", true), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("Activity already replied to", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToComment_EmptyText_FailsWithoutCalling()
    {
        var result = await Harness.Connector.ReplyToCommentAsync(Harness.Connection, new CommentReply(CommentId, " ", false), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(Graph.Server.Requests);
    }
}
