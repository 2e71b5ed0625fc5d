using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Data.Schema;

/// <summary>
/// Brings the database to <see cref="SchemaSteps.Latest"/> at start-up without losing data. EF's design-time tools are not
/// available here, so versions are kept in <c>__oc_schema</c> and each step is applied in its own transaction.
/// </summary>
public sealed partial class SchemaUpgrader(IDbContextFactory<AppDbContext> factory, PortalOptions options, ILogger<SchemaUpgrader> logger)
{
    public const string VersionTable = "__oc_schema";

    public async Task<int> UpgradeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (options.Database == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            // One node upgrades at a time; the others wait here.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(4242001);", cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL);",
            cancellationToken);
        var current = await ScalarAsync(db, $"SELECT COALESCE(MAX(version), 0) FROM {VersionTable}", cancellationToken);
        if (current == 0)
        {
            if (await ScalarAsync(db, UsersTableExistsSql(), cancellationToken) > 0)
            {
                throw new InvalidOperationException("The database holds portal tables but no schema version; refusing to touch it.");
            }

            await CreateAsync(db, cancellationToken);
            return SchemaSteps.Latest;
        }

        if (current > SchemaSteps.Latest)
        {
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this portal's {SchemaSteps.Latest}. Upgrade the portal.");
        }

        foreach (var step in SchemaSteps.All.Where(s => s.Version > current))
        {
            await ApplyAsync(db, step, cancellationToken);
        }

        return SchemaSteps.Latest;
    }

    private async Task CreateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript(), cancellationToken);
        await StampAsync(db, SchemaSteps.Latest, "created from model", cancellationToken);
        await tx.CommitAsync(cancellationToken);
        LogCreated(logger, SchemaSteps.Latest);
    }

    private async Task ApplyAsync(AppDbContext db, SchemaStep step, CancellationToken cancellationToken)
    {
        var builder = new MigrationBuilder(db.Database.ProviderName);
        step.Up(builder);
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = builder.Operations.Concat(NewTableOperations(db, model, step.CreatesTables)).ToList();
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var command in commands)
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }

        await StampAsync(db, step.Version, step.Description, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        LogApplied(logger, step.Version, step.Description);
    }

    // The differ orders tables so that foreign keys point at tables created before them.
    private static IEnumerable<MigrationOperation> NewTableOperations(AppDbContext db, IModel model, IReadOnlyList<string> tables)
    {
        if (tables.Count == 0)
        {
            return [];
        }

        var wanted = tables.ToHashSet(StringComparer.Ordinal);
        return db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel())
            .Where(op => op switch
            {
                CreateTableOperation t => wanted.Contains(t.Name),
                CreateIndexOperation i => wanted.Contains(i.Table),
                _ => false,
            });
    }

    private static Task<int> StampAsync(AppDbContext db, int version, string description, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO __oc_schema (version, description, applied_at) VALUES ({version}, {description}, {DateTimeOffset.UtcNow.ToString("O")})",
            cancellationToken);

    private string UsersTableExistsSql() => options.Database == DatabaseProvider.Sqlite
        ? "SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='AspNetUsers'"
        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name='AspNetUsers'";

    private static async Task<long> ScalarAsync(AppDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the database at schema version {Version}")]
    private static partial void LogCreated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgraded the database to schema version {Version}: {Description}")]
    private static partial void LogApplied(ILogger logger, int version, string description);
}
