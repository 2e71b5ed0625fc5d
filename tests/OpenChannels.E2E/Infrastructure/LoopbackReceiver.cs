using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// Plays the messenger behind the loopback connector: records every JSON the portal POSTs to the callback URL and answers
/// <c>{"id":"out-N"}</c>, as the sample connector expects.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly LocalHttpServer _server;
    private readonly ConcurrentQueue<JsonElement> _received = new();
    private int _next;

    public LoopbackReceiver()
    {
        _server = new LocalHttpServer(ReplyAsync, "/outbound/");
    }

    public Uri Url => _server.Url;

    public IReadOnlyList<JsonElement> Received => _received.ToArray();

    /// <summary>The texts of the messages sent to the client so far (edits and deletes left out).</summary>
    public IReadOnlyList<string> SentTexts => Received
        .Where(e => e.GetProperty("type").GetString() == "message")
        .Select(e => e.GetProperty("text").GetString() ?? "")
        .ToList();

    /// <summary>Waits (bounded) until a message with this text arrives; false when it never does.</summary>
    public async Task<bool> WaitForTextAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (SentTexts.Contains(text))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return SentTexts.Contains(text);
    }

    /// <summary>When set, the receiver records nothing and answers this status (with Retry-After: <see cref="RetryAfterSeconds"/>).</summary>
    public int? FailWith { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    private async Task ReplyAsync(HttpListenerContext context)
    {
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            context.Response.Headers["Retry-After"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        using var body = JsonDocument.Parse(await reader.ReadToEndAsync());
        _received.Enqueue(body.RootElement.Clone());
        var reply = Encoding.UTF8.GetBytes($"{{\"id\":\"out-{Interlocked.Increment(ref _next)}\"}}");
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(reply);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
