using System.Net;
using System.Net.Http.Json;

namespace OpenChannels.Portal.Tests.Widget;

/// <summary>Only pages on the connection's allowed origins get an answer a browser will let them read.</summary>
public sealed class WidgetOriginTests
{
    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://shop.example.evil.example")]
    [InlineData("http://shop.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Config_OriginNotAllowed_Returns403WithoutCorsHeaders(string? origin)
    {
        await using var widget = await WidgetDesk.StartAsync();
        using var browser = widget.Browser(origin);

        var config = await browser.GetAsync(widget.Base + "/config?lang=en");
        var visitor = await browser.PostAsJsonAsync(widget.Base + "/visitor", new { token = (string?)null });

        Assert.Equal(HttpStatusCode.Forbidden, config.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
        Assert.False(config.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Config_AllowedOrigin_AnswersWithThatOriginAndTheVisitorsLanguage()
    {
        await using var widget = await WidgetDesk.StartAsync(new Dictionary<string, string> { ["title"] = "Loja", ["color"] = "#aa3300" });
        using var browser = widget.Browser("https://SHOP.example");

        var response = await browser.GetAsync(widget.Base + "/config?lang=pt-BR");
        var config = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://shop.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("Loja", config.GetProperty("title").GetString());
        Assert.Equal("#aa3300", config.GetProperty("color").GetString());
        Assert.Equal("pt-BR", config.GetProperty("language").GetString());
        Assert.Equal("Enviar", config.GetProperty("texts").GetProperty("Send").GetString());
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_Returns204WithCorsAnswer_OtherOriginRefused()
    {
        await using var widget = await WidgetDesk.StartAsync();

        var allowed = await Preflight(widget, WidgetDesk.Origin);
        var refused = await Preflight(widget, "https://evil.example");

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(WidgetDesk.Origin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Authorization", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Script_KnownConnection_ServesJavaScriptThatNeverUsesInnerHtml_UnknownIs404()
    {
        await using var widget = await WidgetDesk.StartAsync();
        using var http = widget.Desk.Portal.CreateClient();

        var script = await http.GetAsync($"/widget/{widget.Desk.ConnectionId}.js");
        var unknown = await http.GetAsync($"/widget/{Guid.NewGuid()}.js");
        var source = await script.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith($"(\"https://portal.test\", \"{widget.Desk.ConnectionId}\");\n", source, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", source, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", source, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<HttpResponseMessage> Preflight(WidgetDesk widget, string origin)
    {
        using var browser = widget.Browser(origin);
        using var request = new HttpRequestMessage(HttpMethod.Options, widget.Base + "/messages");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await browser.SendAsync(request);
    }
}
