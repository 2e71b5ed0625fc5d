using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tasks;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Tasks;

public sealed class TaskTests
{
    [Fact]
    public async Task FromMessage_LinksTheConversation_NotifiesTheAssignee_AndStaysBetweenAssigneeAndCreator()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("Please call me back tomorrow at 10", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        var messageId = await ClientMessageAsync(desk, conversation.Id);
        var due = DateTimeOffset.UtcNow.AddDays(1);

        var created = await ana.PostAsJsonAsync("/api/v1/tasks", new { title = "Call Maria back", assigneeUserId = bobId, dueAt = due, messageId });
        var task = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TaskView>(Desk.Json))!;

        Assert.Equal((conversation.Id, messageId, "Please call me back tomorrow at 10", bobId, TaskItemStatus.Open),
            (task.ConversationId, task.MessageId, task.Description, task.AssigneeUserId, task.Status));
        await using (var db = desk.Db())
        {
            var notice = await db.Notifications.SingleAsync(n => n.UserId == bobId);
            Assert.Equal(("Tasks.Notification.Assigned", conversation.Id), (notice.Text, notice.ConversationId));
            Assert.Contains("Call Maria back", notice.Arguments, StringComparison.Ordinal);
        }

        Assert.Single((await bob.GetFromJsonAsync<List<TaskView>>("/api/v1/tasks", Desk.Json))!);
        Assert.Empty((await eve.GetFromJsonAsync<List<TaskView>>("/api/v1/tasks", Desk.Json))!);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/api/v1/tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.PutAsJsonAsync($"/api/v1/tasks/{task.Id}", new { title = "mine now" })).StatusCode);
        Assert.Empty((await sue.GetFromJsonAsync<List<TaskView>>("/api/v1/tasks", Desk.Json))!);
        Assert.Single((await sue.GetFromJsonAsync<List<TaskView>>("/api/v1/tasks?all=true", Desk.Json))!);

        var done = await bob.PutAsJsonAsync($"/api/v1/tasks/{task.Id}", new { status = "Done" });
        Assert.NotNull((await done.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TaskView>(Desk.Json))!.CompletedAt);
        Assert.Equal(HttpStatusCode.Forbidden, (await bob.DeleteAsync($"/api/v1/tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ana.DeleteAsync($"/api/v1/tasks/{task.Id}")).StatusCode);
    }

    [Fact]
    public async Task FromMessage_OfAConversationOutOfReach_Is404_AndNothingIsCreated()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("secret order", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);

        var response = await eve.PostAsJsonAsync("/api/v1/tasks", new { title = "peek", messageId = await ClientMessageAsync(desk, conversation.Id) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = desk.Db();
        Assert.Empty(await db.Set<TaskItem>().ToListAsync());
    }

    [Fact]
    public async Task Create_WithoutTitleOrWithADisabledAssignee_Returns400WithTheReason()
    {
        await using var desk = await Desk.StartAsync();
        var (bobId, _) = await desk.EmployeeAsync("bob@example.com");
        (await desk.Portal.Services.GetRequiredService<UserAdminService>().SetDisabledAsync(bobId, true, CancellationToken.None)).Succeeded.ToString();

        var noTitle = await desk.Api.PostAsJsonAsync("/api/v1/tasks", new { title = " " });
        var disabled = await desk.Api.PostAsJsonAsync("/api/v1/tasks", new { title = "Do it", assigneeUserId = bobId });
        var unknown = await desk.Api.PostAsJsonAsync("/api/v1/tasks", new { title = "Do it", assigneeUserId = "nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Contains("needs a title", await noTitle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, disabled.StatusCode);
        Assert.Contains("active employee", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    internal static async Task<long> ClientMessageAsync(Desk desk, Guid conversationId)
    {
        await using var db = desk.Db();
        return await db.Messages.Where(m => m.ConversationId == conversationId && m.Kind == OpenChannels.Portal.Conversations.MessageKind.Client).Select(m => m.Id).FirstAsync();
    }
}
