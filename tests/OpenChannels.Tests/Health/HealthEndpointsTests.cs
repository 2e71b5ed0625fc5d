using System.Net;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Readyz_ReportsDatabaseAndScheduler()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var ready = await client.GetAsync("/readyz");
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("quartz", body, StringComparison.Ordinal);
    }
}
