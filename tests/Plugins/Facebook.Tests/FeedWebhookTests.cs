using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class FeedWebhookTests
{
    private readonly Harness _harness = new();

    [Fact]
    public async Task HandleWebhook_FeedCommentAdd_BecomesCommentReceived()
    {
        var result = await _harness.PostFixtureAsync("feed_comment_add.json");

        var comment = Assert.IsType<CommentReceived>(Assert.Single(result.Events));
        Assert.Equal("1234567890321_901097836652708", comment.ChatId);
        Assert.Equal("901097836652708_903438993085259", comment.CommentId);
        Assert.Equal("1234567890321_901097836652708", comment.ParentId);
        Assert.Equal("1234567890321", comment.Author.Id);
        Assert.Equal("Tester", comment.Author.Name);
        Assert.Equal("and the next one", comment.Text);
        Assert.Equal("add", comment.Verb);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1449135003), comment.Date);
    }

    [Fact]
    public async Task HandleWebhook_FeedCommentEdited_KeepsVerbAndNewText()
    {
        var body = Fixtures.Text("facebook", "feed_comment_add.json")
            .Replace("\"verb\": \"add\"", "\"verb\": \"edited\"", StringComparison.Ordinal)
            .Replace("and the next one", "and the edited one", StringComparison.Ordinal);

        var comment = Assert.IsType<CommentReceived>(Assert.Single((await _harness.PostAsync(body)).Events));

        Assert.Equal("edited", comment.Verb);
        Assert.Equal("and the edited one", comment.Text);
    }

    [Fact]
    public async Task HandleWebhook_FeedCommentRemove_HasNoText()
    {
        var body = Fixtures.Text("facebook", "feed_comment_add.json").Replace("\"verb\": \"add\"", "\"verb\": \"remove\"", StringComparison.Ordinal);

        var comment = Assert.IsType<CommentReceived>(Assert.Single((await _harness.PostAsync(body)).Events));

        Assert.Equal("remove", comment.Verb);
        Assert.Null(comment.Text);
    }

    [Theory]
    [InlineData("\"item\": \"comment\"", "\"item\": \"status\"")]
    [InlineData("\"verb\": \"add\"", "\"verb\": \"hide\"")]
    [InlineData("\"field\": \"feed\"", "\"field\": \"mention\"")]
    public async Task HandleWebhook_OtherFeedChanges_AreAcceptedWithoutEvents(string from, string to)
    {
        var body = Fixtures.Text("facebook", "feed_comment_add.json").Replace(from, to, StringComparison.Ordinal);

        var result = await _harness.PostAsync(body);

        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Empty(result.Events);
    }
}
