using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Uploads;

public sealed class ReplyUploadTests
{
    [Fact]
    public async Task PostFiles_WithinTheLimit_GoOutThroughTheConnector_AndAreStoredOnTheMessage()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("Can you send the invoice?", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i % 251)).ToArray();

        var response = await ana.PostAsync($"/api/v1/conversations/{conversation.Id}/files", Form([("invoice.pdf", "application/pdf", bytes)], ("text", "Here it is")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<MessageView>(Desk.Json))!;
        var file = Assert.Single(message.Attachments);
        Assert.Equal(("invoice.pdf", 3000L), (file.FileName, file.Size));
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Any(d => d.GetProperty("text").GetString() == "Here it is")), "the reply reaches the messenger");
        var delivered = desk.Delivered().Single(d => d.GetProperty("text").GetString() == "Here it is").GetProperty("files")[0];
        Assert.Equal(("invoice.pdf", "application/pdf", 3000), (delivered.GetProperty("name").GetString(), delivered.GetProperty("contentType").GetString(), delivered.GetProperty("size").GetInt32()));
        Assert.Equal(bytes, await ana.GetByteArrayAsync(file.Url));
    }

    [Fact]
    public async Task PostFiles_OverTheLimit_IsRefusedWithAMessage_AndNothingIsStoredOrSent()
    {
        await using var desk = await Desk.StartAsync(settings: new Dictionary<string, string?> { ["OPENCHANNELS_MAX_UPLOAD_MB"] = "1" });
        (await desk.ClientWritesAsync("Send me the video", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        var response = await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/files",
            Form([("small.txt", "text/plain", new byte[10]), ("video.mp4", "video/mp4", new byte[1_600_000])], ("text", "Here")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“video.mp4” is 1.5 MB; files may be at most 1 MB.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = desk.Db();
        Assert.False(await db.Messages.AnyAsync(m => m.Text == "Here"));
        Assert.Empty(await db.MessageAttachments.ToListAsync());
        Assert.Empty(Directory.Exists(Path.Combine(desk.Portal.DataDirectory, "uploads"))
            ? Directory.GetFiles(Path.Combine(desk.Portal.DataDirectory, "uploads"), "*", SearchOption.AllDirectories) : []);
        Assert.DoesNotContain(desk.Delivered(), d => d.GetProperty("text").GetString() == "Here");
    }

    [Fact]
    public async Task PostFiles_OverTheMessengersOwnLimit_IsRefusedWithThatLimit_ThoughThePortalWouldTakeIt()
    {
        await using var desk = await Desk.StartAsync();
        var registry = desk.Portal.Services.GetRequiredService<PluginRegistry>();
        var manifest = Path.Combine(desk.Portal.DataDirectory, "plugins", "loopback", "plugin.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(manifest))!;
        json["maxFileMb"] = 1;
        json["version"] = "1.0.1";
        await File.WriteAllTextAsync(manifest, json.ToJsonString());
        await Desk.EventuallyAsync(() => Task.FromResult(registry.Find("loopback") is { Version: "1.0.1", MaxFileMb: 1, Status: PluginStatus.Active }), "the messenger's limit is read", seconds: 60);
        (await desk.ClientWritesAsync("Send me the video", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        var refused = await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/files", Form([("video.mp4", "video/mp4", new byte[1_600_000])], ("text", "Too big")));
        var taken = await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/files", Form([("clip.mp4", "video/mp4", new byte[500_000])], ("text", "Fits")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("“video.mp4” is 1.5 MB; files may be at most 1 MB.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(taken.IsSuccessStatusCode, await taken.Content.ReadAsStringAsync());
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Any(d => d.GetProperty("text").GetString() == "Fits")), "the file within the limit goes out");
        Assert.DoesNotContain(desk.Delivered(), d => d.GetProperty("text").GetString() == "Too big");
    }

    [Fact]
    public async Task PostFiles_AgentWithoutAccess_Gets404_AndNothingIsStored()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);

        var response = await eve.PostAsync($"/api/v1/conversations/{conversation.Id}/files", Form([("a.txt", "text/plain", new byte[5])]));
        var notForm = await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/files", new { text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notForm.StatusCode);
        await using var db = desk.Db();
        Assert.Empty(await db.MessageAttachments.ToListAsync());
    }

    private static MultipartFormDataContent Form((string Name, string Type, byte[] Bytes)[] files, params (string Key, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, type, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }

        return form;
    }
}
