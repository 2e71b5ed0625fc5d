using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChannels.Portal.Data;

/// <summary>
/// Gives every SQLite connection SQLite's own busy handler. Without it, a writer that finds the database locked by another
/// writer gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries it after a fixed 150 ms sleep, so concurrent webhooks,
/// routing and jobs queued behind each other in 150 ms steps (benchmark P1). SQLite's handler waits in steps of 1 to 100 ms
/// inside the call instead, and the driver's own retry remains behind it once this timeout is spent.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 30_000;

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
