using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>
/// A <see cref="Desk"/> on the webchat plugin, with helpers that call the widget endpoints as the embedded script does: from an
/// allowed page origin, with the visitor's token as a bearer token.
/// </summary>
public sealed class WidgetDesk : IAsyncDisposable
{
    public const string Origin = "https://shop.example";
    public const string AgentEmail = "agent@example.com";

    private WidgetDesk(Desk desk) => Desk = desk;

    public Desk Desk { get; }

    public string Base => $"/widget/{Desk.ConnectionId}";

    public static async Task<WidgetDesk> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null, IReadOnlyDictionary<string, string?>? environment = null, ChannelInput? channel = null)
    {
        var platform = await FakePlatformServer.StartAsync(app => app.MapGet("/", () => Results.Ok()));
        var values = new Dictionary<string, string> { ["allowedOrigins"] = Origin + "\nhttp://localhost:8080", ["maxFileMb"] = "1", ["maxMessageLength"] = "500" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var desk = await Desk.ConnectAsync(new DeskConnector("webchat", platform, values), channel, environment: environment);
        return new WidgetDesk(desk);
    }

    /// <summary>A browser-like client of the widget API, sending <paramref name="origin"/> (none when null).</summary>
    public HttpClient Browser(string? origin = Origin)
    {
        var client = Desk.Portal.CreateClient();
        if (origin is not null)
        {
            client.DefaultRequestHeaders.Add("Origin", origin);
        }

        return client;
    }

    public async Task<string> NewVisitorAsync(HttpClient? browser = null, object? profile = null)
    {
        using var own = browser is null ? Browser() : null;
        var response = await (browser ?? own!).PostAsJsonAsync(Base + "/visitor", profile ?? new { token = (string?)null });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(string token, string id, string? text, (string Name, string Type, byte[] Bytes)? file = null, HttpClient? browser = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(id), "id" }, { new StringContent(text ?? ""), "text" }, { new StringContent("en"), "lang" } };
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.Type);
            // filename* (RFC 5987) carries any name, quotes and angle brackets included, as browsers send them.
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = f.Name };
            form.Add(content);
        }

        return Send(HttpMethod.Post, "/messages", token, form, browser);
    }

    public async Task<JsonElement> HistoryAsync(string token, HttpClient? browser = null)
    {
        var response = await Send(HttpMethod.Get, "/messages", token, null, browser);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages");
    }

    public async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, HttpContent? content, HttpClient? browser = null)
    {
        using var own = browser is null ? Browser() : null;
        using var request = new HttpRequestMessage(method, Base + path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await (browser ?? own!).SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public ValueTask DisposeAsync() => Desk.DisposeAsync();
}
