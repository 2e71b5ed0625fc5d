using System.Net;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Security;

public sealed class OutboundAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("149.154.167.220", false)]
    [InlineData("2a03:2880:f10c:83:face:b00c:0:25de", false)]
    public void IsInternal_ClassifiesAddresses(string address, bool expected) =>
        Assert.Equal(expected, OutboundAddressGuard.IsInternal(IPAddress.Parse(address)));

    [Fact]
    public async Task PluginHttp_RefusesInternalHostsFromOutside_ButReachesTheConfiguredOnes()
    {
        await using var desk = await Desk.StartAsync();
        var registry = desk.Portal.Services.GetRequiredService<PluginRegistry>();
        using var lease = registry.TryAcquire("loopback")!;
        using var http = lease.Services.GetRequiredService<IConnectorHttp>().CreateClient();
        var port = desk.Outbox.BaseUrl.Port;

        // The callback URL an administrator configured (127.0.0.1) is reachable; the same server by another name is not.
        var configured = await http.PostAsync($"{desk.Outbox.Base}/out", new StringContent("{}"));
        var viaLocalhost = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync($"http://localhost:{port}/out"));
        var metadata = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("http://169.254.169.254/latest/meta-data/"));

        Assert.True(configured.IsSuccessStatusCode);
        Assert.Contains("internal address", viaLocalhost.Message, StringComparison.Ordinal);
        Assert.Contains("internal address", metadata.Message, StringComparison.Ordinal);
    }
}
