using System.Net;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Components;

public sealed class BlazorClientScriptTests
{
    [Fact]
    public async Task ClientScript_IsServedWithAnETag_AndRevalidates()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/_framework/blazor.web.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(script.Length > 50_000, "the script looks truncated");
        Assert.Contains("components-reconnect-modal", script, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/_framework/blazor.web.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
