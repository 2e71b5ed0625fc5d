using System.Net;
using System.Net.Http.Json;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Ratings;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Ratings;

public sealed class SupervisorRatingTests
{
    [Fact]
    public async Task Supervisor_RatesAndChangesIt_TheAgentSeesIt_AgentsCannotRate()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (bobId, bob) = await desk.EmployeeAsync("bob@example.com");
        var (_, sue) = await desk.EmployeeAsync("sue@example.com", Roles.Supervisor);
        await desk.SetMembersAsync(anaId, bobId);
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "hello" })).EnsureSuccessStatusCode();
        var session = conversation.CurrentSessionId!.Value;

        var byAgent = await ana.PutAsJsonAsync($"/api/v1/sessions/{session}/rating", new { accuracy = 5, speed = 5, helpfulness = 5 });
        var outOfRange = await sue.PutAsJsonAsync($"/api/v1/sessions/{session}/rating", new { accuracy = 6, speed = 5, helpfulness = 5 });
        (await sue.PutAsJsonAsync($"/api/v1/sessions/{session}/rating", new { accuracy = 2, speed = 3, helpfulness = 4, comment = "ok" })).EnsureSuccessStatusCode();
        (await sue.PutAsJsonAsync($"/api/v1/sessions/{session}/rating", new { accuracy = 4, speed = 4, helpfulness = 5, comment = "better" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var seenByAna = await ana.GetFromJsonAsync<SupervisorRating>($"/api/v1/sessions/{session}/rating", Desk.Json);
        Assert.Equal((4, 4, 5, "better", anaId), (seenByAna!.Accuracy, seenByAna.Speed, seenByAna.Helpfulness, seenByAna.Comment, seenByAna.AgentUserId));
        var sessionsForBob = await bob.GetFromJsonAsync<List<SessionView>>($"/api/v1/conversations/{conversation.Id}/sessions", Desk.Json);
        Assert.Null(Assert.Single(sessionsForBob!).SupervisorRating);
    }
}
