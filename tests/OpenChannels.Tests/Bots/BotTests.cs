using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Bots;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Bots;

public sealed class BotTests
{
    private const string Rules = "price, cost => Plans start at 10 € a month.\nopening hours => We open from 9 to 18.";
    private const string Welcome = "Hello! An agent will answer soon.";

    [Fact]
    public async Task FaqBot_AnswersFromItsRules_ThenHandsOverToAHuman_WhoGetsTheSessionFromTheQueue()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = Rules, handoverText = "Passing you to a colleague." })).EnsureSuccessStatusCode();

        (await desk.ClientWritesAsync("What is the PRICE?", "m-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Plans start at 10 € a month.");
        (await desk.ClientWritesAsync("And your opening hours?", "m-2")).EnsureSuccessStatusCode();
        await SentAsync(desk, "We open from 9 to 18.");
        await using (var db = desk.Db())
        {
            var held = await db.Conversations.SingleAsync();
            Assert.Equal((ConversationStatus.Unanswered, (string?)null), (held.Status, held.AssignedUserId));
        }

        (await desk.ClientWritesAsync("Can I talk to a human please", "m-3")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Passing you to a colleague.");
        await SentAsync(desk, Welcome);
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal(anaId, conversation.AssignedUserId);
        (await desk.ClientWritesAsync("What is the price again?", "m-4")).EnsureSuccessStatusCode();
        await Desk.EventuallyAsync(async () => { await using var db = desk.Db(); return await db.Messages.CountAsync(m => m.Kind == MessageKind.Client) == 4; }, "the fourth message is stored");
        await Task.Delay(500);
        Assert.Single(Texts(desk), t => t == "Plans start at 10 € a month.");
        await using var check = desk.Db();
        Assert.Equal(BotSessionStatus.HandedOver, (await check.Set<BotSessionState>().SingleAsync()).Status);
    }

    [Fact]
    public async Task FaqBot_UnknownQuestion_GoesStraightToAHuman()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = Rules })).EnsureSuccessStatusCode();

        (await desk.ClientWritesAsync("My parcel is broken", "m-1")).EnsureSuccessStatusCode();

        await SentAsync(desk, Welcome);
        await using var db = desk.Db();
        Assert.Equal(BotSessionStatus.HandedOver, (await db.Set<BotSessionState>().SingleAsync()).Status);
        Assert.DoesNotContain(Texts(desk), t => t.Contains("Plans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmployeeWhoAnswers_TakesTheSessionFromTheBot()
    {
        await using var desk = await Desk.StartAsync();
        (await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = Rules })).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("price?", "m-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Plans start at 10 € a month.");
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");

        (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "Hi, Ana here, I will help you." })).EnsureSuccessStatusCode();
        (await desk.ClientWritesAsync("and the cost for two?", "m-2")).EnsureSuccessStatusCode();

        await Desk.EventuallyAsync(async () =>
        {
            await using var db = desk.Db();
            return (await db.Set<BotSessionState>().SingleAsync()).Status == BotSessionStatus.HandedOver;
        }, "the bot lets go of the session");
        Assert.Single(Texts(desk), t => t == "Plans start at 10 € a month.");
    }

    [Fact]
    public async Task Settings_AreForAdministrators_AndBadRulesAreRefusedWithTheirLine()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);

        var byAgent = await ana.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = Rules });
        var badLine = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = "price => ok\nno arrow here" });
        var noRules = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = "" });
        var unknown = await desk.Api.GetAsync($"/api/v1/channels/{Guid.NewGuid()}/bot");

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLine.StatusCode);
        Assert.Contains("Lines 2 are not rules", await badLine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noRules.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False((await desk.Api.GetFromJsonAsync<ChannelBotSettings>($"/api/v1/channels/{desk.ChannelId}/bot", Desk.Json))!.Enabled);
    }

    internal static List<string> Texts(Desk desk) => [.. desk.Delivered().Select(d => d.GetProperty("text").GetString() ?? "")];

    internal static Task SentAsync(Desk desk, string text) =>
        Desk.EventuallyAsync(() => Task.FromResult(Texts(desk).Contains(text)), $"'{text}' reaches the client");
}
