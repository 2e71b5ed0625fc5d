using Microsoft.Data.Sqlite;
using OpenChannels.Portal.Data.Schema;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Data.Schema;

public sealed class SchemaUpgraderTests
{
    [Fact]
    public async Task Upgrade_DatabaseFromVersion1_KeepsDataAndMatchesAFreshSchema()
    {
        var data = PortalFactory.NewDataDirectory();
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "openchannels.db");
        await using (var v1 = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await v1.OpenAsync();
            await ExecAsync(v1, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "Schema", "v1.sqlite.sql")));
            await ExecAsync(v1, "CREATE TABLE __oc_schema (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL);" +
                                "INSERT INTO __oc_schema VALUES (1, 'created from model', '2026-01-01T00:00:00Z');" +
                                "INSERT INTO AspNetUsers (Id, DisplayName, IsDisabled, CreatedAt, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
                                "VALUES ('u1', 'Old Timer', 0, 0, 'old@example.com', 'OLD@EXAMPLE.COM', 'old@example.com', 'OLD@EXAMPLE.COM', 1, 0, 0, 1, 0);");
        }

        using (var portal = new PortalFactory(data, keepData: true))
        {
            var users = await portal.Services.GetRequiredService<UserAdminService>().ListAsync(CancellationToken.None);
            Assert.Equal("Old Timer", Assert.Single(users).DisplayName);
        }

        var fresh = PortalFactory.NewDataDirectory();
        using (new PortalFactory(fresh, keepData: true).WithWebHostBuilder(_ => { }).CreateClient())
        {
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(await DescribeAsync(Path.Combine(fresh, "openchannels.db")), await DescribeAsync(file));
        Assert.Equal(SchemaSteps.Latest, await ScalarAsync(file, "SELECT MAX(version) FROM __oc_schema"));
        PortalFactory.TryDelete(data);
        PortalFactory.TryDelete(fresh);
    }

    [Fact]
    public async Task Upgrade_DatabaseNewerThanThePortal_IsRefusedUntouched()
    {
        var data = PortalFactory.NewDataDirectory();
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "openchannels.db");
        await using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await db.OpenAsync();
            await ExecAsync(db, "CREATE TABLE __oc_schema (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL);" +
                                $"INSERT INTO __oc_schema VALUES ({SchemaSteps.Latest + 1}, 'future', '2030-01-01');");
        }

        using var portal = new PortalFactory(data);
        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());
        Assert.Contains("newer than this portal", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={file};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // Tables, their columns (name, type, nullability) and index names: what a schema comparison needs.
    private static async Task<string> DescribeAsync(string file)
    {
        await using var db = new SqliteConnection($"Data Source={file};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT m.name || '.' || p.name || ':' || p.type || ':' || p."notnull"
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__oc_schema'
            UNION ALL SELECT 'index:' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
            ORDER BY 1
            """;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
