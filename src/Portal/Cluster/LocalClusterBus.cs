namespace OpenChannels.Portal.Cluster;

/// <summary>One node and no other: nothing to carry (SQLite deployments).</summary>
public sealed class LocalClusterBus : IClusterBus
{
    public string NodeId { get; } = Environment.MachineName;

    public void Publish(string topic, string payload)
    {
    }

    public IDisposable Subscribe(string topic, Action<string> handler) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
