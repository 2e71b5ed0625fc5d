using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>Visitor messages are stored once however often they arrive; agents' messages, edits, deletes and the rating question reach the live stream.</summary>
public sealed class WidgetDeliveryTests
{
    [Fact]
    public async Task Send_SameIdTwentyTimesConcurrently_StoresOneMessage()
    {
        await using var widget = await WidgetDesk.StartAsync();
        var token = await widget.NewVisitorAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => widget.SendAsync(token, "v-duplicate-01", "only once")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = widget.Desk.Db();
        Assert.Equal(1, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
        Assert.Equal(1, await db.Sessions.CountAsync());
        Assert.Single((await widget.HistoryAsync(token)).EnumerateArray());
    }

    [Fact]
    public async Task LiveStream_AgentReplyEditDeleteAndRating_ReachTheVisitor_AndTheRatingIsStored()
    {
        await using var widget = await WidgetDesk.StartAsync(channel: new ChannelInput { Name = "Web", RatingEnabled = true });
        var token = await widget.NewVisitorAsync();
        (await widget.SendAsync(token, "v-hello-00001", "Hello there")).EnsureSuccessStatusCode();
        using var events = await EventStream.OpenAsync(widget, token);
        var conversation = await ConversationIdAsync(widget);

        var reply = await widget.Desk.Api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", new { text = "Hi, how can I help?" });
        reply.EnsureSuccessStatusCode();
        var message = await events.NextAsync("message");
        var id = message.GetProperty("id").GetString()!;
        var localId = long.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture);
        (await widget.Desk.Api.PutAsJsonAsync($"/api/v1/conversations/{conversation}/messages/{localId}", new { text = "Hi! How can I help?" })).EnsureSuccessStatusCode();
        var edit = await events.NextAsync("edit");
        (await widget.Desk.Api.DeleteAsync($"/api/v1/conversations/{conversation}/messages/{localId}")).EnsureSuccessStatusCode();
        var delete = await events.NextAsync("delete");
        (await widget.Desk.Api.PostAsync($"/api/v1/conversations/{conversation}/actions/close", null)).EnsureSuccessStatusCode();
        var question = await events.NextAsync("message", e => e.GetProperty("buttons").GetArrayLength() == 2);
        var thumbsUp = question.GetProperty("buttons")[0].GetProperty("payload").GetString();
        var rated = await widget.Send(HttpMethod.Post, "/rating", token, JsonContent.Create(new { payload = thumbsUp, id = "v-rating-0001" }));
        var read = await widget.Send(HttpMethod.Post, "/read", token, JsonContent.Create(new { ids = new[] { question.GetProperty("id").GetString() } }));

        Assert.Equal("Hi, how can I help?", message.GetProperty("text").GetString());
        Assert.Equal((id, "Hi! How can I help?"), (edit.GetProperty("id").GetString(), edit.GetProperty("text").GetString()));
        Assert.Equal(id, delete.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, rated.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        await using var db = widget.Desk.Db();
        var session = await db.Sessions.SingleAsync();
        Assert.Equal(CustomerRating.Positive, session.CustomerRating);
        var history = await widget.HistoryAsync(token);
        var deleted = history.EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        Assert.Equal("", deleted.GetProperty("text").GetString());
        var asked = history.EnumerateArray().Single(m => m.GetProperty("buttons").GetArrayLength() == 2);
        Assert.Equal("positive", asked.GetProperty("rated").GetString());
        Assert.Equal("read", asked.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Rating_PayloadOfAnotherVisitorsSession_IsNotRecorded()
    {
        await using var widget = await WidgetDesk.StartAsync(channel: new ChannelInput { Name = "Web", RatingEnabled = true });
        var victim = await widget.NewVisitorAsync();
        var attacker = await widget.NewVisitorAsync();
        (await widget.SendAsync(victim, "v-victim-0001", "help")).EnsureSuccessStatusCode();
        (await widget.SendAsync(attacker, "v-attack-0001", "hi")).EnsureSuccessStatusCode();
        await using var db = widget.Desk.Db();
        var victimSession = await db.Sessions.Where(s => db.Messages.Any(m => m.SessionId == s.Id && m.ExternalId == "v-victim-0001")).SingleAsync();

        var response = await widget.Send(HttpMethod.Post, "/rating", attacker,
            JsonContent.Create(new { payload = OpenChannels.Portal.Ratings.RatingPayload.Create(victimSession.Id, CustomerRating.Negative), id = "v-rating-0002" }));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        db.ChangeTracker.Clear();
        Assert.Null((await db.Sessions.SingleAsync(s => s.Id == victimSession.Id)).CustomerRating);
    }

    private static async Task<Guid> ConversationIdAsync(WidgetDesk widget)
    {
        await using var db = widget.Desk.Db();
        return await db.Conversations.Select(c => c.Id).SingleAsync();
    }

    /// <summary>The visitor's server-sent event stream, read as the widget reads it.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpClient _browser;
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpClient browser, HttpResponseMessage response, StreamReader reader) => (_browser, _response, _reader) = (browser, response, reader);

        public static async Task<EventStream> OpenAsync(WidgetDesk widget, string token)
        {
            var browser = widget.Browser();
            var request = new HttpRequestMessage(HttpMethod.Get, widget.Base + "/events");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new EventStream(browser, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<JsonElement> NextAsync(string type, Func<JsonElement, bool>? match = null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var e = JsonDocument.Parse(line[6..]).RootElement;
                    if (e.GetProperty("type").GetString() == type && (match is null || match(e)))
                    {
                        return e;
                    }
                }
            }

            throw new InvalidOperationException("The event stream ended before a " + type + " event.");
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
            _browser.Dispose();
        }
    }
}
