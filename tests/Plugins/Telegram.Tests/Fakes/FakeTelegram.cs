using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>
/// A fake Bot API on a real port: <c>POST /bot{token}/{method}</c> and <c>GET /file/bot{token}/{path}</c>, answering with
/// Telegram's envelopes (<c>{"ok":true,"result":..}</c> or <c>{"ok":false,"error_code":..,"description":..}</c>).
/// Tests queue the answers they need per method; everything else gets a plausible success.
/// </summary>
internal sealed class FakeTelegram : IAsyncDisposable
{
    public const string Token = "123456789:TEST-token_for-the-fake-bot-api-0000";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body)>> _queued = new();
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content, long? AnnouncedSize, bool Chunked)> _files = new();
    private int _nextMessageId = 500;

    private FakeTelegram()
    {
    }

    public FakePlatformServer Server { get; private set; } = null!;

    public string Base => Server.Base;

    public static async Task<FakeTelegram> StartAsync()
    {
        var fake = new FakeTelegram();
        fake.Server = await FakePlatformServer.StartAsync(app =>
        {
            // "bot{token}" is matched by hand: ASP.NET's complex segments fail when the token itself contains "bot".
            app.MapPost("/{botToken}/{method}", fake.AnswerMethodAsync);
            app.MapGet("/file/{botToken}/{**path}", fake.ServeFile);
        });
        return fake;
    }

    /// <summary>Makes the next call of <paramref name="method"/> answer with this status and body.</summary>
    public void Enqueue(string method, int status, string body) => _queued.GetOrAdd(method, _ => new()).Enqueue((status, body));

    /// <summary>
    /// Makes getFile know <paramref name="fileId"/>, stored under <paramref name="path"/>. <paramref name="announcedSize"/>
    /// lets getFile claim another size; <paramref name="chunked"/> serves the download without a Content-Length.
    /// </summary>
    public void AddFile(string fileId, string path, byte[] content, long? announcedSize = null, bool chunked = false) =>
        _files[fileId] = (path, content, announcedSize, chunked);

    /// <summary>Requests made to a Bot API method, in order.</summary>
    public IReadOnlyList<RecordedRequest> Calls(string method) => Server.To("/" + method);

    private async Task<IResult> AnswerMethodAsync(string botToken, string method, HttpRequest request)
    {
        if (botToken != "bot" + Token)
        {
            return Reply(401, FakeTelegramReplies.Error(401, "Unauthorized"));
        }

        if (_queued.TryGetValue(method, out var queue) && queue.TryDequeue(out var queued))
        {
            return Reply(queued.Status, queued.Body);
        }

        var fields = await FakeTelegramFields.ReadAsync(request);
        return method switch
        {
            "setWebhook" => Reply(200, FakeTelegramReplies.True("Webhook was set")),
            "deleteWebhook" => Reply(200, FakeTelegramReplies.True("Webhook was deleted")),
            "answerCallbackQuery" or "deleteMessage" => Reply(200, FakeTelegramReplies.True(null)),
            "getFile" => GetFile(fields),
            "sendMessage" or "sendPhoto" or "sendDocument" =>
                Reply(200, FakeTelegramReplies.Message(fields, Interlocked.Increment(ref _nextMessageId))),
            "editMessageText" or "editMessageCaption" => Reply(200, FakeTelegramReplies.Message(fields, long.Parse(fields["message_id"]))),
            _ => Reply(404, FakeTelegramReplies.Error(404, "Not Found")),
        };
    }

    private IResult GetFile(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("file_id", out var id) || !_files.TryGetValue(id, out var file))
        {
            return Reply(400, FakeTelegramReplies.Error(400, "Bad Request: invalid file_id"));
        }

        var result = new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u" + id.GetHashCode(StringComparison.Ordinal), ["file_size"] = file.AnnouncedSize ?? file.Content.Length, ["file_path"] = file.Path };
        return Reply(200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private async Task ServeFile(string botToken, string path, HttpContext context)
    {
        var file = _files.Values.FirstOrDefault(f => f.Path == path);
        if (botToken != "bot" + Token || file.Content is null)
        {
            await Reply(404, FakeTelegramReplies.Error(404, "Not Found")).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        if (!file.Chunked)
        {
            context.Response.ContentLength = file.Content.Length;
        }

        await context.Response.Body.WriteAsync(file.Content);
    }

    private static IResult Reply(int status, string body) => Results.Content(body, "application/json", statusCode: status);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
