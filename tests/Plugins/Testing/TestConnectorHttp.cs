using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Testing;

/// <summary>Hands out one shared HttpClient, as the host does.</summary>
public sealed class TestConnectorHttp : IConnectorHttp
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient CreateClient() => Client;
}
