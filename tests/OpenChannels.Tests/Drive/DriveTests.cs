using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Drive;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Drive;

public sealed class DriveTests
{
    [Fact]
    public async Task PersonalFiles_AreTheOwnersOnly_SharedOnesEveryonesButRemovedByWhoAddedThemOrASupervisor()
    {
        await using var desk = await Desk.StartAsync(settings: new Dictionary<string, string?> { ["OPENCHANNELS_MAX_UPLOAD_MB"] = "1" });
        var (_, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, bob) = await desk.EmployeeAsync("bob@example.com");
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);
        var folder = (await (await ana.PostAsJsonAsync("/api/v1/drive/folders", new { name = "Price lists", shared = true })).Content.ReadFromJsonAsync<DriveEntry>(Desk.Json))!;

        var mine = await UploadAsync(ana, "private.txt", new byte[10], shared: false);
        var shared = await UploadAsync(ana, "prices.pdf", new byte[20], shared: true, folder.Id);
        var tooBig = await ana.PostAsync("/api/v1/drive/files", Form("huge.bin", new byte[1_100_000], shared: true, null));

        var bobMine = (await bob.GetFromJsonAsync<DriveListing>("/api/v1/drive", Desk.Json))!;
        var bobShared = (await bob.GetFromJsonAsync<DriveListing>($"/api/v1/drive?shared=true&folderId={folder.Id}", Desk.Json))!;
        Assert.Empty(bobMine.Files);
        Assert.Equal("prices.pdf", Assert.Single(bobShared.Files).FileName);
        Assert.Equal("Price lists", Assert.Single(bobShared.Path).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/drive/files/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/v1/drive/files/{mine.Id}")).StatusCode);
        Assert.Equal(20, (await bob.GetByteArrayAsync($"/drive/files/{shared.Id}")).Length);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("at most 1 MB", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.DeleteAsync($"/api/v1/drive/files/{shared.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ana.DeleteAsync($"/api/v1/drive/folders/{folder.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sue.DeleteAsync($"/api/v1/drive/files/{shared.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ana.DeleteAsync($"/api/v1/drive/folders/{folder.Id}")).StatusCode);
    }

    [Fact]
    public async Task PickForReply_CopiesTheFile_WhichGoesOutThroughTheConnector_AndOutlivesTheDriveFile()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("Send me the catalogue", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var file = await UploadAsync(ana, "catalogue.pdf", [1, 2, 3, 4], shared: false);
        var actor = new Actor(anaId, false, false);
        var drive = desk.Portal.Services.GetRequiredService<DriveService>();

        var picked = await drive.PickForReplyAsync(actor, file.Id, CancellationToken.None);
        var posted = await desk.Portal.Services.GetRequiredService<MessageService>().PostAsync(actor, conversation.Id, new NewMessage("Here you are"), [picked.Value!], CancellationToken.None);
        (await ana.DeleteAsync($"/api/v1/drive/files/{file.Id}")).EnsureSuccessStatusCode();

        Assert.True(posted.IsOk);
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Any(d => d.GetProperty("text").GetString() == "Here you are")), "the reply reaches the messenger");
        Assert.Equal("catalogue.pdf", desk.Delivered().Single(d => d.GetProperty("text").GetString() == "Here you are").GetProperty("files")[0].GetProperty("name").GetString());
        var messages = await ana.GetFromJsonAsync<List<MessageView>>($"/api/v1/conversations/{conversation.Id}/messages", Desk.Json);
        var attachment = messages!.Single(m => m.Text == "Here you are").Attachments.Single();
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, await ana.GetByteArrayAsync(attachment.Url));
        Assert.Equal(Common.OutcomeKind.NotFound, (await drive.PickForReplyAsync(new Actor("someone-else", false, false), file.Id, CancellationToken.None)).Kind);
    }

    private static async Task<DriveFileView> UploadAsync(HttpClient api, string name, byte[] bytes, bool shared, Guid? folderId = null)
    {
        var response = await api.PostAsync("/api/v1/drive/files", Form(name, bytes, shared, folderId));
        return Assert.Single((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<List<DriveFileView>>(Desk.Json))!);
    }

    private static MultipartFormDataContent Form(string name, byte[] bytes, bool shared, Guid? folderId)
    {
        var form = new MultipartFormDataContent { { new StringContent(shared ? "true" : "false"), "shared" } };
        if (folderId is { } folder)
        {
            form.Add(new StringContent(folder.ToString()), "folderId");
        }

        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", name);
        return form;
    }
}
