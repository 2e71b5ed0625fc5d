using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Polling;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>
/// One import run of one connection: asks the plugin page by page from the stored cursor (following <see cref="PollResult.HasMore"/>
/// within the run), stores each page's events exactly once, and only then saves the plugin's next cursor. A crash between the two
/// fetches that page again, and its events are stored once; nothing is skipped.
/// </summary>
public sealed partial class PollRunner(
    IDbContextFactory<AppDbContext> factory,
    ConnectorGateway gateway,
    ConnectionContextFactory contexts,
    IngestService ingest,
    RoutingQueue routing,
    TimeProvider clock,
    ILogger<PollRunner> logger)
{
    /// <summary>Most pages in one run: a platform that keeps saying "more" cannot hold the job forever; the next run continues.</summary>
    public const int MaxPagesPerRun = 50;

    private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

    /// <returns>False when the connection no longer exists.</returns>
    public async Task<bool> RunAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        Connection? connection;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        }

        if (connection?.Status != ConnectionStatus.Active)
        {
            return connection is not null;
        }

        await UpdateAsync(connectionId, p => (p.Running, p.LastRunAt) = (true, clock.GetUtcNow()), cancellationToken);
        string? error = "the import was interrupted (the portal stopped)";
        try
        {
            error = await ImportAsync(connection, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error = ex.Message;
        }
        finally
        {
            await UpdateAsync(connectionId, p =>
            {
                p.Running = false;
                p.LastError = error is { Length: > 1000 } ? error[..1000] : error;
                p.LastSuccessAt = error is null ? clock.GetUtcNow() : p.LastSuccessAt;
            }, CancellationToken.None);
        }

        if (error is not null)
        {
            LogFailed(logger, connectionId, error);
        }

        return true;
    }

    private async Task<string?> ImportAsync(Connection connection, CancellationToken cancellationToken)
    {
        var settings = contexts.Settings(connection);
        for (var page = 1; page <= MaxPagesPerRun; page++)
        {
            var cursor = await CursorAsync(connection.Id, cancellationToken);
            var call = await gateway.InvokeAsync(connection.ConnectorId, "Poll", (c, services, ct) => c is IPollingConnector polling
                ? polling.PollAsync(contexts.Create(connection, settings, services), cursor, ct).AsTask()
                : throw new NotSupportedException($"the {connection.ConnectorId} plugin no longer imports"), cancellationToken, CallTimeout);
            if (!call.IsCompleted)
            {
                return call.Error;
            }

            var result = call.Value!;
            var stored = await ingest.StoreAsync(connection, result.Events, cancellationToken);
            foreach (var message in stored.NewSessions)
            {
                routing.Enqueue(message.ConversationId, message.SessionId);
            }

            await UpdateAsync(connection.Id, p => (p.Cursor, p.ImportedCount) = (result.NextCursor, p.ImportedCount + stored.NewComments), cancellationToken);
            if (!result.HasMore)
            {
                return null;
            }
        }

        LogPageLimit(logger, connection.Id, MaxPagesPerRun);
        return null;
    }

    private async Task<string?> CursorAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ConnectionPolls.Where(p => p.ConnectionId == connectionId).Select(p => p.Cursor).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task UpdateAsync(Guid connectionId, Action<ConnectionPoll> change, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var poll = await db.ConnectionPolls.FirstOrDefaultAsync(p => p.ConnectionId == connectionId, cancellationToken);
        if (poll is null)
        {
            poll = new ConnectionPoll { ConnectionId = connectionId };
            db.ConnectionPolls.Add(poll);
        }

        change(poll);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of connection {ConnectionId} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid connectionId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of connection {ConnectionId} stopped after {Pages} pages; the next run continues")]
    private static partial void LogPageLimit(ILogger logger, Guid connectionId, int pages);
}
