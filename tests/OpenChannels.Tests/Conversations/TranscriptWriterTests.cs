using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

public sealed class TranscriptWriterTests
{
    [Fact]
    public async Task Transcript_HasTimesAuthorsSystemLinesAndEncodesClientText()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.ClientWritesAsync("<script>alert(1)</script> hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "Hello Maria" })).EnsureSuccessStatusCode();
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");

        var html = await desk.Api.GetStringAsync($"/api/v1/conversations/{conversation.Id}/transcript");
        var text = await desk.Api.GetStringAsync($"/api/v1/conversations/{conversation.Id}/transcript?format=text");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Maria Silva: <script>alert(1)</script> hi", text, StringComparison.Ordinal);
        Assert.Contains("Administrator: Hello Maria", text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\]", text);
        Assert.DoesNotContain("Line.Closed", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/conversations/{conversation.Id}/transcript")).StatusCode);
    }
}
