using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace OpenChannels.Portal.Cluster;

/// <summary>
/// The cluster bus on PostgreSQL's LISTEN/NOTIFY: one connection per node listens on <see cref="ChannelName"/>; events are sent
/// in publishing order by one background sender, so a burst never holds a request thread or takes a pooled connection each.
/// NOTIFY is transactional and delivered to every listening session, so every node that is up hears every event. A node whose
/// listening connection drops reconnects and reports itself unready meanwhile (see <see cref="IsListening"/>).
/// </summary>
public sealed partial class PostgresClusterBus : BackgroundService, IClusterBus
{
    public const string ChannelName = "openchannels_events";

    private readonly NpgsqlDataSource _source;
    private readonly ILogger<PostgresClusterBus> _logger;
    private readonly Channel<string> _outbox = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly ConcurrentDictionary<string, Action<string>[]> _handlers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile bool _listening;

    public PostgresClusterBus(string connectionString, ILogger<PostgresClusterBus> logger)
    {
        // The listening connection stays open for the node's life; keepalives notice a dead server or a dropped NAT entry.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15 };
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        _logger = logger;
    }

    public string NodeId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>True while this node's LISTEN connection is up: only then does it hear the other nodes.</summary>
    public bool IsListening => _listening;

    public void Publish(string topic, string payload)
    {
        var envelope = JsonSerializer.Serialize(new BusEnvelope(NodeId, topic, payload));
        if (Encoding.UTF8.GetByteCount(envelope) > IClusterBus.MaxPayloadBytes)
        {
            LogTooLarge(_logger, topic, envelope.Length);
            return;
        }

        _outbox.Writer.TryWrite(envelope);
    }

    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        lock (_gate)
        {
            _handlers[topic] = [.. _handlers.GetValueOrDefault(topic, []), handler];
        }

        return new Subscription(this, topic, handler);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening = true;
                LogListening(_logger, NodeId);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                _listening = false;
                LogListenFailed(_logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            finally
            {
                _listening = false;
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var envelope in _outbox.Reader.ReadAllAsync(stoppingToken))
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await using var command = _source.CreateCommand("SELECT pg_notify($1, $2)");
                        command.Parameters.Add(new NpgsqlParameter { Value = ChannelName });
                        command.Parameters.Add(new NpgsqlParameter { Value = envelope });
                        await command.ExecuteNonQueryAsync(stoppingToken);
                        break;
                    }
                    catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException && attempt < 5)
                    {
                        LogSendFailed(_logger, attempt, ex.Message);
                        await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), stoppingToken);
                    }
                    catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
                    {
                        LogDropped(_logger, ex.Message);
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Dispatch(string json)
    {
        BusEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<BusEnvelope>(json);
        }
        catch (JsonException ex)
        {
            LogMalformed(_logger, ex.Message);
            return;
        }

        if (envelope is null || envelope.Node == NodeId || !_handlers.TryGetValue(envelope.Topic, out var handlers))
        {
            return; // our own event (already handled locally), or nobody here cares
        }

        foreach (var handler in handlers)
        {
            try
            {
                handler(envelope.Payload);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(_logger, ex, envelope.Topic);
            }
        }
    }

    private void Unsubscribe(string topic, Action<string> handler)
    {
        lock (_gate)
        {
            _handlers[topic] = [.. _handlers.GetValueOrDefault(topic, []).Where(h => h != handler)];
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _source.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster node {NodeId} listens for the other nodes' events")]
    private static partial void LogListening(ILogger logger, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster events: the LISTEN connection failed, reconnecting: {Error}")]
    private static partial void LogListenFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster events: NOTIFY attempt {Attempt} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cluster events: an event could not be sent to the other nodes: {Error}")]
    private static partial void LogDropped(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cluster events: a {Topic} event of {Length} characters is too large for NOTIFY and was not sent")]
    private static partial void LogTooLarge(ILogger logger, string topic, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster events: ignored a malformed event: {Error}")]
    private static partial void LogMalformed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster events: a {Topic} handler failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string topic);

    private sealed record BusEnvelope(string Node, string Topic, string Payload);

    private sealed class Subscription(PostgresClusterBus bus, string topic, Action<string> handler) : IDisposable
    {
        public void Dispose() => bus.Unsubscribe(topic, handler);
    }
}
