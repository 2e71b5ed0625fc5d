using Npgsql;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>
/// The PostgreSQL server the scale-out tests run on: <c>OPENCHANNELS_TEST_POSTGRES</c>, a superuser connection string, which
/// <c>./build.sh test</c> sets after starting a throwaway server. Each caller gets a database of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "OPENCHANNELS_TEST_POSTGRES";

    /// <summary>The server's connection string; missing, it fails the test with what to do (these tests never skip).</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{Variable} is not set, so the scale-out tests have no PostgreSQL. Run ./build.sh test, which installs and starts one, " +
            $"or set {Variable} to a superuser connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres).");

    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = "oc_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }
}
