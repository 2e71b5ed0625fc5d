using System.Net.Http.Headers;
using System.Text;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>Truncated, random and wrongly typed bodies against every widget endpoint: each is refused with a 4xx, never a 5xx.</summary>
public sealed class WidgetMalformedInputTests
{
    private static readonly string[] JsonRoutes = ["/visitor", "/offline", "/read", "/rating"];

    [Fact]
    public async Task EveryEndpoint_MalformedBodies_AnswerBelow500()
    {
        // High rates, so every body reaches the parsers instead of stopping at a 429.
        await using var widget = await WidgetDesk.StartAsync(environment: new Dictionary<string, string?>
        {
            ["OPENCHANNELS_WIDGET_RATE_PER_IP"] = "100000", ["OPENCHANNELS_WIDGET_RATE_PER_VISITOR"] = "100000",
        });
        var token = await widget.NewVisitorAsync();
        var random = new Random(6);
        var samples = new List<string>
        {
            """{"id":"v-offline-0001","name":"Ana","email":"ana@example.com","text":"hi"}""",
            """{"ids":["wc-1","wc-2"]}""", """{"payload":"rating:00000000000000000000000000000000:positive"}""", """{"token":null}""",
            "null", "[]", "\"text\"", "{\"ids\":null}", "{\"ids\":[1,2]}", "{\"payload\":{}}",
        };
        var bodies = samples.SelectMany(s => Enumerable.Range(0, s.Length).Where(i => i % 3 == 0).Select(i => s[..i])).ToList();
        bodies.Add("{\"name\":" + new string('[', 5000));
        bodies.AddRange(Enumerable.Range(0, 20).Select(_ => new string(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(1, 0x2FF)).ToArray())));

        var failures = new List<string>();
        foreach (var body in bodies)
        {
            foreach (var route in JsonRoutes)
            {
                var json = await widget.Send(HttpMethod.Post, route, token, new StringContent(body, Encoding.UTF8, "application/json"));
                var wrongType = await widget.Send(HttpMethod.Post, route, token, new StringContent(body, Encoding.UTF8, "text/plain"));
                Record(failures, route, body, json, wrongType);
            }

            var multipart = new StringContent(body, Encoding.UTF8);
            multipart.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
            var message = await widget.Send(HttpMethod.Post, "/messages", token, multipart);
            var forged = await widget.Send(HttpMethod.Get, "/messages", new string(body.Where(char.IsAsciiLetterOrDigit).ToArray()) + "x", null);
            Record(failures, "/messages", body, message, forged);
        }

        Assert.Empty(failures);
    }

    private static void Record(List<string> failures, string route, string body, params HttpResponseMessage[] responses)
    {
        failures.AddRange(responses.Where(r => (int)r.StatusCode >= 500).Select(r => $"{route} answered {(int)r.StatusCode} to {body[..Math.Min(body.Length, 60)]}"));
    }
}
