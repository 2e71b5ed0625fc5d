namespace OpenChannels.Plugins.Facebook.Tests.Support;

/// <summary>A test against a fresh fake Graph server and a fresh connection; by default the client has written once.</summary>
public abstract class GraphTest : IAsyncLifetime
{
    internal FakeGraph Graph { get; private set; } = null!;

    internal Harness Harness { get; private set; } = null!;

    /// <summary>Whether the client's first message (messages_text.json) arrives before the test, opening the 24-hour window.</summary>
    protected virtual bool ClientHasWritten => true;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Harness = new Harness(Graph.Base);
        if (ClientHasWritten)
        {
            await Harness.PostFixtureAsync("messages_text.json");
        }
    }

    public async Task DisposeAsync() => await Graph.DisposeAsync();
}
