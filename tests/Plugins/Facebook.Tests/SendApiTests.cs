using System.Text.Json;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Facebook.Tests.Support;
using OpenChannels.Plugins.Meta.Tests;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Facebook.Tests;

public sealed class SendApiTests : GraphTest
{
    [Fact]
    public async Task Send_TextInsideWindow_PostsTheDocumentedResponseShape()
    {
        var result = await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "Simple Message") { LocalId = "l1" }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P", result.ExternalId);
        var request = Assert.Single(Graph.Server.To("/me/messages"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v25.0/me/messages", request.Path);
        Assert.Equal(Harness.PageToken, request.QueryValues()["access_token"].ToString());
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var expected = JsonDocument.Parse(Fixtures.Text("facebook", "send_api_request_response_type.json")).RootElement;
        var body = request.Json();
        Assert.Equal(expected.GetProperty("messaging_type").GetString(), body.GetProperty("messaging_type").GetString());
        Assert.Equal("5678", body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("Simple Message", body.GetProperty("message").GetProperty("text").GetString());
        Assert.False(body.TryGetProperty("tag", out _));
        Assert.Equal(expected.EnumerateObject().Select(p => p.Name), body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Send_WithButtons_AddsQuickRepliesToTheText()
    {
        var message = new OutboundMessage("5678", "How did we do?")
        {
            Buttons = [new OutboundButton("😀 Great", "rating:c1:5"), new OutboundButton("A very long label that Meta would cut", "rating:c1:1")],
        };

        await Harness.Connector.SendAsync(Harness.Connection, message, CancellationToken.None);

        var quickReplies = Assert.Single(Graph.Server.To("/me/messages")).Json().GetProperty("message").GetProperty("quick_replies");
        Assert.Equal(2, quickReplies.GetArrayLength());
        Assert.Equal("text", quickReplies[0].GetProperty("content_type").GetString());
        Assert.Equal("😀 Great", quickReplies[0].GetProperty("title").GetString());
        Assert.Equal("rating:c1:5", quickReplies[0].GetProperty("payload").GetString());
        Assert.Equal(20, quickReplies[1].GetProperty("title").GetString()!.Length);
    }

    [Fact]
    public async Task Send_AttachmentWithPublicUrl_SendsUrlPayload()
    {
        var file = new OutboundAttachment("photo.jpg", "image/jpeg", new byte[] { 1, 2, 3 }) { PublicUrl = "https://portal.example.com/files/photo.jpg" };

        await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", null) { Attachments = [file] }, CancellationToken.None);

        var attachment = Assert.Single(Graph.Server.To("/me/messages")).Json().GetProperty("message").GetProperty("attachment");
        Assert.Equal("image", attachment.GetProperty("type").GetString());
        Assert.Equal("https://portal.example.com/files/photo.jpg", attachment.GetProperty("payload").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Send_AttachmentWithoutUrl_UploadsFiledataInTheSendCall()
    {
        var bytes = "%PDF-1.4 test"u8.ToArray();
        var message = new OutboundMessage("5678", null) { Attachments = [new OutboundAttachment("invoice.pdf", "application/pdf", bytes)] };

        var result = await Harness.Connector.SendAsync(Harness.Connection, message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var request = Assert.Single(Graph.Server.To("/me/messages"));
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(Harness.PageToken, request.QueryValues()["access_token"].ToString());
        var fields = await MultipartField.ParseAsync(request);
        Assert.Equal("5678", JsonDocument.Parse(fields["recipient"].Text).RootElement.GetProperty("id").GetString());
        Assert.Equal("RESPONSE", fields["messaging_type"].Text);
        var attachment = JsonDocument.Parse(fields["message"].Text).RootElement.GetProperty("attachment");
        Assert.Equal("file", attachment.GetProperty("type").GetString());
        Assert.False(attachment.GetProperty("payload").TryGetProperty("url", out _));
        Assert.Equal("invoice.pdf", fields["filedata"].FileName);
        Assert.Equal("application/pdf", fields["filedata"].ContentType);
        Assert.Equal(bytes, fields["filedata"].Content);
    }

    [Fact]
    public async Task Send_TextAndFile_SendsTwoCallsAndReturnsTheFirstMid()
    {
        var file = new OutboundAttachment("a.mp3", "audio/mpeg", new byte[] { 9 }) { PublicUrl = "https://portal.example.com/a.mp3" };

        var result = await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "Listen") { Attachments = [file] }, CancellationToken.None);

        var requests = Graph.Server.To("/me/messages");
        Assert.Equal(2, requests.Count);
        Assert.Equal("Listen", requests[0].Json().GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("audio", requests[1].Json().GetProperty("message").GetProperty("attachment").GetProperty("type").GetString());
        Assert.Equal(SendOutcome.Sent, result.Outcome);
    }

    [Fact]
    public async Task Send_TextLongerThan2000Chars_IsSplitIntoPieces()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 900));

        await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", text), CancellationToken.None);

        var pieces = Graph.Server.To("/me/messages").Select(r => r.Json().GetProperty("message").GetProperty("text").GetString()!).ToList();
        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public async Task Send_FileLargerThanTheHostLimit_FailsWithoutCalling()
    {
        var connection = Harness.Connection with { MaxFileBytes = 4 };
        var message = new OutboundMessage("5678", null) { Attachments = [new OutboundAttachment("big.bin", "application/octet-stream", new byte[5])] };

        var result = await Harness.Connector.SendAsync(connection, message, CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Contains("big.bin", result.Reason, StringComparison.Ordinal);
        Assert.Empty(Graph.Server.To("/me/messages"));
    }

    [Fact]
    public async Task Send_NothingToSend_Fails()
    {
        var result = await Harness.Connector.SendAsync(Harness.Connection, new OutboundMessage("5678", "  "), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(Graph.Server.To("/me/messages"));
    }

    [Fact]
    public async Task EditAndDelete_AreNotSupported_FailWithReason()
    {
        var edit = await Harness.Connector.EditAsync(Harness.Connection, new OutboundEdit("5678", "m_1", "new"), CancellationToken.None);
        var delete = await Harness.Connector.DeleteAsync(Harness.Connection, new OutboundDelete("5678", "m_1"), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, edit.Outcome);
        Assert.Equal("Messenger does not support editing sent messages", edit.Reason);
        Assert.Equal(SendOutcome.Failed, delete.Outcome);
        Assert.Equal("Messenger does not support deleting sent messages", delete.Reason);
        Assert.Empty(Graph.Server.Requests);
    }
}
