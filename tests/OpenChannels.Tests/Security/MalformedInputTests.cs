using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Security.Fuzzing;
using Xunit.Abstractions;

namespace OpenChannels.Portal.Tests.Security;

/// <summary>
/// The malformed-input suite, against every endpoint in <see cref="WebhookTargets"/>: deterministic fuzzed and truncated bodies
/// built from the real fixtures, each signed as a genuine delivery so it reaches the connector's parser, plus unsigned ones,
/// oversized ones and wrong content types. No answer may be a 5xx, nothing a refused request sent may be stored, and every
/// refusal must be logged with its reason. <c>OPENCHANNELS_FUZZ_CASES</c> sets the cases per endpoint (2,000 by default, so
/// 10,000 over the five connectors, and as many again over the widget's JSON endpoints); <c>OPENCHANNELS_FUZZ_SEED</c> replays another seed.
/// </summary>
public sealed class MalformedInputTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Unthrottled = new() { ["OPENCHANNELS_WEBHOOK_RATE"] = "1000000" };

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("OPENCHANNELS_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("OPENCHANNELS_FUZZ_SEED"), CultureInfo.InvariantCulture, out var n) ? n : 20261203;

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Post_FuzzedAndTruncatedBodies_NeverA5xx_RefusalsStoreNothingAndAreLoggedWithTheirReason(string name)
    {
        var target = WebhookTargets.Named(name);
        await using var desk = await target.StartAsync(Unthrottled);
        var fuzzer = new BodyFuzzer(target.Seeds, Seed + name.Sum(c => c));
        var statuses = new Dictionary<int, int>();
        var stored = await StoredAsync(desk);

        for (var i = 0; i < Cases; i++)
        {
            var body = fuzzer.Next();
            var signed = i % 8 != 7;
            var status = await PostAsync(desk, target, body, signed ? target.Authenticate(desk, body) : [], "application/json", i, fuzzer.LastMutation);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (!signed)
            {
                Assert.True(status == target.Unauthenticated, $"case {i} ({fuzzer.LastMutation}, unsigned) answered {status}, not {target.Unauthenticated}");
            }

            stored = await CheckStoredAsync(desk, stored, status, $"case {i} ({fuzzer.LastMutation})");
        }

        output.WriteLine($"{name}: {Cases} cases, seed {Seed}: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(statuses.Keys.Any(s => s >= 400), "no case was refused: the fuzzer produced only valid bodies");
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Post_OversizedOrWrongContentType_RefusedWith4xx_StoresNothing_Logged(string name)
    {
        var target = WebhookTargets.Named(name);
        await using var desk = await target.StartAsync(Unthrottled);
        var genuine = target.Seeds[0];
        var huge = new byte[OpenChannels.Portal.Webhooks.WebhookEndpoints.MaxBodyBytes + 1];
        var padded = Pad(genuine, OpenChannels.Portal.Webhooks.WebhookEndpoints.MaxBodyBytes + 10);
        var stored = await StoredAsync(desk);

        var cases = new (string What, byte[] Body, string? ContentType, int Expected)[]
        {
            ("1 MB of zeros", huge, "application/json", 413),
            ("a genuine body padded past 1 MB", padded, "application/json", 413),
            ("a genuine body as a form", genuine, "application/x-www-form-urlencoded", 415),
            ("a genuine body as XML", genuine, "text/xml", 415),
            ("a genuine body as multipart", genuine, "multipart/form-data; boundary=x", 415),
            ("a genuine body as plain text", genuine, "text/plain; charset=utf-8", 415),
            ("a garbage content type", genuine, "not a media type", 415),
        };
        for (var i = 0; i < cases.Length; i++)
        {
            var (what, body, contentType, expected) = cases[i];
            var status = await PostAsync(desk, target, body, target.Authenticate(desk, body), contentType, i, what);
            Assert.True(status == expected, $"{what} answered {status}, not {expected}");
            stored = await CheckStoredAsync(desk, stored, status, what);
        }
    }

    public static TheoryData<string> Targets() => WebhookTargets.Names();

    private static async Task<int> PostAsync(Desk desk, WebhookTarget target, byte[] body, (string Name, string Value)[] headers, string? contentType, int number, string what)
    {
        var logged = desk.Portal.Logs.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Path(desk)) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var http = desk.Portal.CreateClient();
        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"case {number} ({what}, {body.Length} bytes) answered {status}; the portal logged: " +
            string.Join(" | ", desk.Portal.Logs.Entries.Skip(logged).Select(e => e.Message + " " + e.Exception)) + "; body: " + System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 600)]));
        if (status >= 400)
        {
            // The refusal is logged with its reason before the response is written, so it is there now.
            var reasons = desk.Portal.Logs.Entries.Skip(logged)
                .Where(e => e.Fields.TryGetValue("Reason", out var r) && r is string { Length: > 0 } && Equals(e.Fields.GetValueOrDefault("ConnectionId"), desk.ConnectionId))
                .ToList();
            Assert.True(reasons.Count > 0, $"case {number} ({what}) answered {status} without a logged reason");
            Assert.DoesNotContain(desk.Portal.Logs.Entries.Skip(logged), e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        }

        return status;
    }

    private static async Task<int> CheckStoredAsync(Desk desk, int before, int status, string what)
    {
        var now = await StoredAsync(desk);
        Assert.True(status < 300 || now == before, $"{what} answered {status} but stored {now - before} rows");
        return now;
    }

    private static async Task<int> StoredAsync(Desk desk)
    {
        await using var db = desk.Db();
        return await db.Messages.CountAsync(m => m.Kind == OpenChannels.Portal.Conversations.MessageKind.Client) + await db.Clients.CountAsync() + await db.Conversations.CountAsync();
    }

    private static byte[] Pad(byte[] json, int size)
    {
        var text = System.Text.Encoding.UTF8.GetString(json).TrimEnd();
        var padding = new string(' ', Math.Max(0, size - json.Length));
        return System.Text.Encoding.UTF8.GetBytes(text[..^1] + padding + "}");
    }
}
