using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Ratings;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Ratings;

public sealed class CustomerRatingTests
{
    [Fact]
    public async Task Close_RatingOn_AsksWithButtons_TapLandsOnTheSession_SecondTapOverrides()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", RatingEnabled = true });
        var conversation = await OpenAndCloseAsync(desk);

        var question = Assert.Single(desk.Delivered(), d => d.GetProperty("buttons").GetArrayLength() == 2);
        var buttons = question.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("payload").GetString()!).ToList();
        (await desk.ClientTapsAsync(buttons[1])).EnsureSuccessStatusCode();
        Assert.Equal(CustomerRating.Negative, await RatingAsync(desk));
        (await desk.ClientTapsAsync(buttons[0])).EnsureSuccessStatusCode();

        Assert.Equal(CustomerRating.Positive, await RatingAsync(desk));
        var sessions = await desk.Api.GetFromJsonAsync<List<SessionView>>($"/api/v1/conversations/{conversation}/sessions", Desk.Json);
        Assert.Equal(CustomerRating.Positive, Assert.Single(sessions!).CustomerRating);
    }

    [Fact]
    public async Task LateTap_AfterANewSessionOpened_RatesTheOldSession()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", RatingEnabled = true });
        await OpenAndCloseAsync(desk);
        var payload = desk.Delivered().Single(d => d.GetProperty("buttons").GetArrayLength() == 2).GetProperty("buttons")[0].GetProperty("payload").GetString()!;
        (await desk.ClientWritesAsync("another question", "m-2")).EnsureSuccessStatusCode();

        (await desk.ClientTapsAsync(payload)).EnsureSuccessStatusCode();

        await using var db = desk.Db();
        var sessions = await db.Sessions.OrderBy(s => s.Number).ToListAsync();
        Assert.Equal(CustomerRating.Positive, sessions[0].CustomerRating);
        Assert.Null(sessions[1].CustomerRating);
    }

    [Fact]
    public async Task PlainTextAnswer_AfterTheQuestion_RatesWithoutOpeningASession()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", RatingEnabled = true });
        await OpenAndCloseAsync(desk);

        (await desk.ClientWritesAsync("2", "m-2")).EnsureSuccessStatusCode();

        await using var db = desk.Db();
        var session = await db.Sessions.SingleAsync();
        Assert.Equal(CustomerRating.Negative, session.CustomerRating);
        Assert.Equal(ConversationStatus.Closed, (await db.Conversations.SingleAsync()).Status);
    }

    [Fact]
    public async Task TapWithAForgedPayload_ForAnotherConversation_IsIgnored()
    {
        await using var desk = await Desk.StartAsync(new() { Name = "Support", RatingEnabled = true });
        await OpenAndCloseAsync(desk);
        (await desk.ClientWritesAsync("hi", "x-1", chatId: "chat-2", userId: "user-2")).EnsureSuccessStatusCode();
        await using var db = desk.Db();
        var first = await db.Sessions.OrderBy(s => s.StartedAt).FirstAsync();

        var forged = await desk.ClientTapsAsync(RatingPayload.Create(first.Id, CustomerRating.Negative), chatId: "chat-2");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        await using var check = desk.Db();
        Assert.Null((await check.Sessions.SingleAsync(s => s.Id == first.Id)).CustomerRating);
    }

    private static async Task<CustomerRating?> RatingAsync(Desk desk)
    {
        await using var db = desk.Db();
        return (await db.Sessions.SingleAsync()).CustomerRating;
    }

    private static async Task<Guid> OpenAndCloseAsync(Desk desk)
    {
        (await desk.ClientWritesAsync("hi", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(desk.Api, "unanswered");
        (await desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { text = "Done!" })).EnsureSuccessStatusCode();
        (await desk.Api.PostAsync($"/api/v1/conversations/{conversation.Id}/actions/close", null)).EnsureSuccessStatusCode();
        return conversation.Id;
    }
}
