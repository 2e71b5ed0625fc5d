using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Conversations;

public sealed class RoutingTests
{
    [Theory]
    [InlineData(DistributionMode.RoundRobin, new[] { 0, 1, 0, 1 })]
    [InlineData(DistributionMode.Strict, new[] { 0, 0, 1, 1 })]
    public async Task NewConversations_AreDistributedByTheChannelMode(DistributionMode mode, int[] expected)
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Sales", Distribution = mode, MaxActiveChatsPerAgent = 2 });
        var (anaId, _) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, _) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);
        string[] agents = [anaId, bobId];

        for (var i = 0; i < expected.Length; i++)
        {
            (await desk.ClientWritesAsync("hi", $"m-{i}", chatId: $"chat-{i}", userId: $"user-{i}")).EnsureSuccessStatusCode();
            var chat = $"chat-{i}";
            await Desk.EventuallyAsync(async () =>
            {
                await using var db = desk.Db();
                return await db.Conversations.AnyAsync(c => c.ExternalChatId == chat && c.AssignedUserId != null);
            }, $"{chat} is assigned");
        }

        await using var check = desk.Db();
        var assigned = await check.Conversations.OrderBy(c => c.ExternalChatId).Select(c => c.AssignedUserId).ToListAsync();
        Assert.Equal(expected.Select(e => agents[e]), assigned);
    }

    [Fact]
    public async Task ModeAll_NobodyIsAssigned_EveryMemberSeesItInUnanswered()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Sales", Distribution = DistributionMode.All });
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);

        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var seenByAna = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered");
        var seenByBob = await ConversationWorkflowTests.WaitForAsync(bob, "unanswered");

        Assert.Null(seenByAna.AssignedUserId);
        Assert.Equal(seenByAna.Id, seenByBob.Id);
    }

    [Fact]
    public async Task Skip_ByTheAgent_PassesToTheNextInQueue()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, _) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal(anaId, conversation.AssignedUserId);

        Assert.Equal(HttpStatusCode.NoContent, (await ana.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/skip", null)).StatusCode);

        var now = await desk.Api.GetFromJsonAsync<ConversationSummary>($"/api/v1/conversations/{conversation.Id}", Desk.Json);
        Assert.Equal(bobId, now!.AssignedUserId);
    }

    [Fact]
    public async Task SkipTimer_NobodyAnswers_TheJobPassesItOn()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", SkipAfterSeconds = 10 });
        var (anaId, _) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, _) = await desk.EmployeeAsync("bob@example.com");
        await desk.SetMembersAsync(anaId, bobId);

        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return await db.Conversations.AnyAsync(c => c.AssignedUserId == bobId);
        }, "the skip timer hands the conversation to Bob", seconds: 40);
        await using var check = desk.Db();
        Assert.Contains(await check.Messages.Where(m => m.Kind == MessageKind.System).Select(m => m.Text).ToListAsync(), t => t == SystemLine.Skipped);
    }

    [Fact]
    public void Picker_AgentsAtCapacity_AreLeftOut_AndFullQueueGoesToEveryone()
    {
        var channel = new Channel { Name = "x", MaxActiveChatsPerAgent = 1, Members = [new() { UserId = "a", Position = 0 }, new() { UserId = "b", Position = 1 }] };
        var available = new HashSet<string> { "a", "b" };

        Assert.Equal("b", AgentPicker.Pick(channel, available, new Dictionary<string, int> { ["a"] = 1 }, null, new HashSet<string>()));
        Assert.Null(AgentPicker.Pick(channel, available, new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, null, new HashSet<string>()));
        Assert.Equal("b", AgentPicker.Pick(channel, new HashSet<string> { "b" }, new Dictionary<string, int>(), null, new HashSet<string>()));
    }
}
