using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// The machine's ceiling for P1: a bare Kestrel endpoint that checks the secret header and writes each delivery's body as one row,
/// one transaction per request, to the same kind of database with the portal's durability settings (SQLite: a file in WAL mode,
/// the library's default synchronous level, SQLite's busy handler as the portal sets it, pooled connections; PostgreSQL: the server's defaults). Nothing else: no parsing,
/// no routing, no framework on top of the database driver.
/// </summary>
public sealed class CeilingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private CeilingServer(WebApplication app, string directory, Uri url, string synchronous)
    {
        _app = app;
        _directory = directory;
        Url = url;
        Synchronous = synchronous;
    }

    public Uri Url { get; }

    /// <summary>The SQLite synchronous level the ceiling's connections run with (the same library default as the portal's).</summary>
    public string Synchronous { get; }

    public static async Task<CeilingServer> StartAsync(BenchOptions options, string secret)
    {
        var directory = Path.Combine(Path.GetTempPath(), "oc-bench-ceiling", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        Func<DbConnection> open = options.IsPostgres
            ? () => new NpgsqlConnection(options.ConnectionString)
            : () => new SqliteConnection($"Data Source={Path.Combine(directory, "ceiling.db")};Pooling=True;Default Timeout=30");
        var synchronous = await PrepareAsync(open, options.IsPostgres);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/ingest", async (HttpContext http) =>
        {
            if (http.Request.Headers[TelegramUpdates.SecretHeader] != secret)
            {
                return Results.StatusCode(401);
            }

            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            await using var connection = open();
            await connection.OpenAsync(http.RequestAborted);
            if (!options.IsPostgres)
            {
                // The same busy handling the portal gives its connections (SqliteBusyTimeout).
                await using var busy = connection.CreateCommand();
                busy.CommandText = "PRAGMA busy_timeout = 30000;";
                await busy.ExecuteNonQueryAsync(http.RequestAborted);
            }

            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO inbound (body, received_at) VALUES (@body, @at)";
            var body = insert.CreateParameter();
            body.ParameterName = "@body";
            body.Value = buffer.ToArray();
            insert.Parameters.Add(body);
            var at = insert.CreateParameter();
            at.ParameterName = "@at";
            at.Value = DateTimeOffset.UtcNow.ToString("O");
            insert.Parameters.Add(at);
            await insert.ExecuteNonQueryAsync(http.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CeilingServer(app, directory, new Uri(address + "/ingest"), synchronous);
    }

    private static async Task<string> PrepareAsync(Func<DbConnection> open, bool postgres)
    {
        await using var connection = open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        if (postgres)
        {
            command.CommandText = "DROP TABLE IF EXISTS inbound; CREATE TABLE inbound (id BIGSERIAL PRIMARY KEY, body BYTEA NOT NULL, received_at TEXT NOT NULL); SHOW synchronous_commit;";
            return $"synchronous_commit={await command.ExecuteScalarAsync()}";
        }

        // The portal turns WAL on once at start (SchemaUpgrader) and leaves synchronous at the library default.
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE inbound (id INTEGER PRIMARY KEY AUTOINCREMENT, body BLOB NOT NULL, received_at TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync();
        command.CommandText = "PRAGMA synchronous;";
        var level = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return $"journal_mode=WAL, synchronous={level switch { 0 => "OFF", 1 => "NORMAL", 2 => "FULL", 3 => "EXTRA", _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture) }}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
