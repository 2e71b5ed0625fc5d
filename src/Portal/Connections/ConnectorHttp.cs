using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Portal.Connections;

/// <summary>Hands plugins pooled HTTP clients from the host's factory, so sockets are shared and DNS changes are seen.</summary>
public sealed class ConnectorHttp(IHttpClientFactory factory) : IConnectorHttp
{
    public const string ClientName = "connectors";

    public HttpClient CreateClient() => factory.CreateClient(ClientName);
}
