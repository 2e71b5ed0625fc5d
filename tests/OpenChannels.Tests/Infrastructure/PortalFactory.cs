using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>
/// The real portal in-process, on a temporary data directory (SQLite file, keys, job store) that is deleted on dispose
/// unless the test keeps it to restart on it.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _keepData;

    public PortalFactory(string? dataDirectory = null, IDictionary<string, string?>? settings = null, bool keepData = false)
    {
        DataDirectory = dataDirectory ?? NewDataDirectory();
        _keepData = keepData;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["OPENCHANNELS_DATA"] = DataDirectory,
            ["OPENCHANNELS_LOG_FORMAT"] = "text",
            ["OPENCHANNELS_PUBLIC_URL"] = "https://portal.test",
            // Tests see only the plugins they put there, never whatever the last build dropped into plugins/.
            ["OPENCHANNELS_PLUGINS"] = Path.Combine(DataDirectory, "plugins"),
        };
    }

    public string DataDirectory { get; }

    /// <summary>The warnings and errors this portal logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepData)
        {
            TryDelete(DataDirectory);
        }
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
