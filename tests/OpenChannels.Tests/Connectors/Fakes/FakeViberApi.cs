using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Portal.Tests.Connectors.Fakes;

/// <summary>
/// chatapi.viber.com/pa as a connection uses it end to end: <c>set_webhook</c> and <c>send_message</c>, with the documented
/// answers (HTTP 200 with a <c>status</c>; status 2 "invalidAuthToken" when <c>X-Viber-Auth-Token</c> is wrong).
/// </summary>
internal static class FakeViberApi
{
    /// <summary>The auth token of the official SDK's signature test vector, so its signed callback can be delivered as is.</summary>
    public static readonly string Token = JsonDocument.Parse(Fixtures.Text("viber", "signature_test_vector.json")).RootElement.GetProperty("auth_token").GetString()!;

    public static Task<FakePlatformServer> StartAsync() => FakePlatformServer.StartAsync(app =>
    {
        app.MapPost("/set_webhook", (HttpRequest request) => Answer(request, Fixtures.Text("viber", "set_webhook_response.json")));
        app.MapPost("/send_message", (HttpRequest request) => Answer(request, Fixtures.Text("viber", "send_message_response.json")));
    });

    private static IResult Answer(HttpRequest request, string body) => Results.Text(
        request.Headers["X-Viber-Auth-Token"] == Token ? body : """{"status":2,"status_message":"invalidAuthToken"}""",
        "application/json; charset=UTF-8");
}
