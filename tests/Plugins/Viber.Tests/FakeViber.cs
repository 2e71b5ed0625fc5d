using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Viber.Tests;

/// <summary>
/// A fake chatapi.viber.com/pa: <c>set_webhook</c> and <c>send_message</c>, answering with the real payloads (HTTP 200 and a
/// <c>status</c>), including status 2 when the <c>X-Viber-Auth-Token</c> header is not the bot's token.
/// </summary>
internal sealed class FakeViber : IAsyncDisposable
{
    private FakePlatformServer? _server;

    /// <summary>Answers for send_message, in order; when empty, the courier capture's success answer.</summary>
    public ConcurrentQueue<FakeViberReply> SendReplies { get; } = new();

    public FakeViberReply SetWebhookReply { get; set; } = FakeViberReply.Ok(Fixtures.Text("viber", "set_webhook_response.json"));

    public FakePlatformServer Server => _server ?? throw new InvalidOperationException("not started");

    public string Base => Server.Base;

    public static async Task<FakeViber> StartAsync()
    {
        var fake = new FakeViber();
        fake._server = await FakePlatformServer.StartAsync(app =>
        {
            app.MapPost("/set_webhook", (HttpRequest request) => fake.Answer(request, fake.SetWebhookReply));
            app.MapPost("/send_message", (HttpRequest request) =>
                fake.Answer(request, fake.SendReplies.TryDequeue(out var next) ? next : FakeViberReply.Ok(Fixtures.Text("viber", "send_message_response_courier.json"))));
        });
        return fake;
    }

    private IResult Answer(HttpRequest request, FakeViberReply reply)
    {
        var answer = request.Headers["X-Viber-Auth-Token"] == ViberTest.Token ? reply : FakeViberReply.Status(2, "invalidAuthToken");
        return Results.Text(answer.Body, "application/json; charset=UTF-8", statusCode: answer.HttpStatus);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
