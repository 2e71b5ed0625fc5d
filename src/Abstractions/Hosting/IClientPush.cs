namespace OpenChannels.Abstractions.Hosting;

/// <summary>
/// Pushes events to clients that hold a live connection to the portal itself (added in contract 1.1), for connectors where the
/// portal is the messenger, such as a web chat widget: there is no platform API to call, so <see cref="IConnector.SendAsync"/>
/// hands the message to the visitors' open connections instead. Messengers with their own servers never need it.
/// </summary>
public interface IClientPush
{
    /// <summary>
    /// Sends <paramref name="eventJson"/> (one JSON object, the connector's own wire format) to every live connection of the chat
    /// <paramref name="chatId"/> on this connection. The host does not store it: history is what the host stores from the call's
    /// result, so a client that is offline now reads it later. Returns how many live connections received it (0 when none).
    /// </summary>
    ValueTask<int> PushAsync(string chatId, string eventJson, CancellationToken cancellationToken);
}
