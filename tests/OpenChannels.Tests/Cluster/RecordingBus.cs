using OpenChannels.Portal.Cluster;

namespace OpenChannels.Portal.Tests.Cluster;

/// <summary>A cluster bus that records what this node sends and lets a test play another node's events.</summary>
internal sealed class RecordingBus : IClusterBus
{
    private readonly List<(string Topic, Action<string> Handler)> _handlers = [];

    public string NodeId => "test-node";

    public List<(string Topic, string Payload)> Sent { get; } = [];

    public void Publish(string topic, string payload) => Sent.Add((topic, payload));

    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        _handlers.Add((topic, handler));
        return new Unsubscriber(() => _handlers.Remove((topic, handler)));
    }

    /// <summary>Delivers <paramref name="payload"/> as if another node had published it.</summary>
    public void FromOtherNode(string topic, string payload)
    {
        foreach (var (t, handler) in _handlers.ToList().Where(h => h.Topic == topic))
        {
            handler(payload);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
