using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Inbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

/// <summary>Shared set-up: a fake Bot API, a connector, a connection pointed at the fake and a clock the test moves.</summary>
public abstract class TelegramTest : IAsyncLifetime
{
    internal const string Secret = "test-secret_Token-1";

    internal FakeTelegram Telegram { get; private set; } = null!;

    internal ManualTimeProvider Clock { get; } = new();

    internal InMemoryConnectorStore Store { get; } = new();

    internal TelegramConnector Connector { get; } = new();

    internal static CancellationToken Ct => CancellationToken.None;

    internal Dictionary<string, string> Settings => new()
    {
        ["botToken"] = FakeTelegram.Token,
        ["secretToken"] = Secret,
        ["apiBaseUrl"] = Telegram.Base,
    };

    internal ConnectionContext Connection => TestConnection.Create(Settings, Store, Clock);

    public async Task InitializeAsync() => Telegram = await FakeTelegram.StartAsync();

    public async Task DisposeAsync() => await Telegram.DisposeAsync();

    /// <summary>Delivers an update as Telegram does: POST with the secret token header.</summary>
    internal async Task<WebhookResult> DeliverAsync(byte[] body, ConnectionContext? connection = null) =>
        await Connector.HandleWebhookAsync(connection ?? Connection, Webhooks.Post(body, (TelegramSecretCheck.HeaderName, Secret)), Ct);

    internal Task<WebhookResult> DeliverAsync(string body, ConnectionContext? connection = null) =>
        DeliverAsync(System.Text.Encoding.UTF8.GetBytes(body), connection);

    /// <summary>Delivers a fixture from shared/fixtures/telegram.</summary>
    internal Task<WebhookResult> DeliverFixtureAsync(string file) => DeliverAsync(Fixtures.Bytes("telegram", file));

    /// <summary>Runs an outbound call, moving the clock past each rate-limit wait it starts, and returns its result.</summary>
    internal async Task<T> WithClockAsync<T>(Func<ValueTask<T>> call)
    {
        var task = call().AsTask();
        while (await Task.WhenAny(task, Clock.WaitForTimerAsync()) != task)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    /// <summary>The single event of an accepted webhook, as the expected type.</summary>
    internal static T Single<T>(WebhookResult result)
        where T : ConnectorEvent
    {
        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        return Assert.IsType<T>(Assert.Single(result.Events));
    }
}
