namespace OpenChannels.Portal.Cluster;

/// <summary>
/// Carries small events (live-screen changes, plugin changes) to the other nodes of a cluster. The publishing node has already
/// handled the event itself: subscribers are told only about events published on other nodes. A single SQLite node has no other
/// nodes (<see cref="LocalClusterBus"/>); on PostgreSQL events travel over LISTEN/NOTIFY (<see cref="PostgresClusterBus"/>).
/// </summary>
public interface IClusterBus
{
    /// <summary>This node's name, as it appears in logs and in the readiness report.</summary>
    string NodeId { get; }

    /// <summary>Sends <paramref name="payload"/> (JSON, at most <see cref="MaxPayloadBytes"/>) on <paramref name="topic"/>; never blocks.</summary>
    void Publish(string topic, string payload);

    /// <summary>Calls <paramref name="handler"/> with every payload another node publishes on <paramref name="topic"/>.</summary>
    IDisposable Subscribe(string topic, Action<string> handler);

    /// <summary>PostgreSQL refuses NOTIFY payloads from 8000 bytes up; the envelope needs the rest.</summary>
    const int MaxPayloadBytes = 7000;
}
