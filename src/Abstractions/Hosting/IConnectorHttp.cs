namespace OpenChannels.Abstractions.Hosting;

/// <summary>Hands out HTTP clients with the host's timeouts and handlers. Do not dispose the clients.</summary>
public interface IConnectorHttp
{
    /// <summary>Returns a client for the messenger's API.</summary>
    HttpClient CreateClient();
}
