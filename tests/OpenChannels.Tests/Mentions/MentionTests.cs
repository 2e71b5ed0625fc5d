using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.InternalChats;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Mentions;

public sealed class MentionTests
{
    [Fact]
    public async Task Reply_MentioningAColleagueAndAPublicChat_NotifiesThem_AndTheClientSeesOnlyThePlainName()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var users = desk.Portal.Services.GetRequiredService<UserAdminService>();
        await users.CreateAsync("bob@example.com", "Bob Builder", TestAccounts.Password, Roles.Agent, CancellationToken.None);
        var bobId = (await users.ListAsync(CancellationToken.None)).Single(u => u.Email == "bob@example.com").Id;
        await desk.SetMembersAsync(anaId);
        var launch = (await (await ana.PostAsJsonAsync("/api/v1/internal-chats", new { title = "Launch", isPublic = true }))
            .Content.ReadFromJsonAsync<InternalChatSummary>(Desk.Json))!;
        await ana.PostAsJsonAsync("/api/v1/internal-chats", new { title = "Salaries" });
        (await desk.ClientWritesAsync("Is the new model out?", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);

        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages",
            new { text = "@bob builder and the @Launch team will know; not @Salaries, mail ana@example.com" })).EnsureSuccessStatusCode();
        (await ana.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "@Bob Builder please call her", whisper = true })).EnsureSuccessStatusCode();

        const string Plain = "Bob Builder and the Launch team will know; not @Salaries, mail ana@example.com";
        await Desk.EventuallyAsync(() => Task.FromResult(desk.Delivered().Any(d => d.GetProperty("text").GetString()!.Contains("Builder", StringComparison.Ordinal))),
            "the reply reaches the messenger");
        Assert.Equal(Plain, desk.Delivered().Single(d => d.GetProperty("text").GetString()!.Contains("Builder", StringComparison.Ordinal)).GetProperty("text").GetString());
        Assert.DoesNotContain(desk.Delivered(), d => d.GetProperty("text").GetString()!.Contains("call her", StringComparison.Ordinal));
        await using var db = desk.Db();
        Assert.True(await db.Messages.AnyAsync(m => m.Text == Plain));
        var notices = await db.Notifications.Where(n => n.UserId == bobId).ToListAsync();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal(("Mentions.Notification", conversation.Id), (n.Text, n.ConversationId)));
        Assert.Contains("Maria Silva", notices[0].Arguments, StringComparison.Ordinal);
        Assert.Empty(await db.Notifications.Where(n => n.UserId == anaId).ToListAsync());
        var quoted = Assert.Single((await ana.GetFromJsonAsync<List<InternalChatMessageView>>($"/api/v1/internal-chats/{launch.Id}/messages", Desk.Json))!);
        Assert.Equal((Plain, conversation.Id), (quoted.QuotedText, quoted.QuotedConversationId));
    }
}
