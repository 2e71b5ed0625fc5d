namespace OpenChannels.Portal.Hosting;

/// <summary>The portal's environment-level settings (OPENCHANNELS_* variables).</summary>
public sealed class PortalOptions
{
    /// <summary>The data directory: database, Data Protection keys, uploads and the job store.</summary>
    public required string DataDirectory { get; init; }

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public required DatabaseProvider Database { get; init; }

    /// <summary>Connection string; derived from the data directory for SQLite when not given.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The external base URL, used to build webhook URLs for messengers.</summary>
    public required Uri PublicUrl { get; init; }

    /// <summary>The folder watched for connector plugins.</summary>
    public required string PluginsDirectory { get; init; }

    /// <summary>Most open channels allowed (OPENCHANNELS_MAX_CHANNELS); null for no limit.</summary>
    public int? MaxChannels { get; init; }

    /// <summary>Most sessions saved to the CRM (OPENCHANNELS_MAX_CRM_SESSIONS); null for no limit.</summary>
    public int? MaxCrmSessions { get; init; }

    /// <summary>How often connections that import (page comments) ask their platform (OPENCHANNELS_POLL_SECONDS, default 300).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often idle conversations are looked for and auto-closed (OPENCHANNELS_INACTIVITY_CHECK_SECONDS, default 60).</summary>
    public TimeSpan InactivityCheckInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Message files (OPENCHANNELS_UPLOADS, default <c>{data}/uploads</c>); several nodes must share one volume here.</summary>
    public string UploadsDirectory
    {
        get => _uploads ?? Path.Combine(DataDirectory, "uploads");
        init => _uploads = value;
    }

    private readonly string? _uploads;

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public static PortalOptions FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var data = Path.GetFullPath(configuration["OPENCHANNELS_DATA"] is { Length: > 0 } d ? d : "data");
        var provider = (configuration["OPENCHANNELS_DB"] ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" or "" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"OPENCHANNELS_DB must be 'sqlite' or 'postgres', not '{other}'."),
        };
        var connection = configuration["OPENCHANNELS_DB_CONNECTION"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(data, "openchannels.db")};Pooling=True;Default Timeout=30"
                : throw new InvalidOperationException("OPENCHANNELS_DB=postgres needs OPENCHANNELS_DB_CONNECTION.");
        }

        var publicUrl = configuration["OPENCHANNELS_PUBLIC_URL"] is { Length: > 0 } p ? p : "http://localhost:5000";
        if (!Uri.TryCreate(publicUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"OPENCHANNELS_PUBLIC_URL must be an absolute http(s) URL, not '{publicUrl}'.");
        }

        var plugins = configuration["OPENCHANNELS_PLUGINS"] is { Length: > 0 } pl ? pl : LocatePluginsDirectory(contentRoot);
        return new PortalOptions
        {
            DataDirectory = data,
            Database = provider,
            ConnectionString = connection,
            PublicUrl = uri,
            PluginsDirectory = Path.GetFullPath(plugins),
            MaxChannels = Quota(configuration, "OPENCHANNELS_MAX_CHANNELS"),
            MaxCrmSessions = Quota(configuration, "OPENCHANNELS_MAX_CRM_SESSIONS"),
            PollInterval = Quota(configuration, "OPENCHANNELS_POLL_SECONDS") is { } seconds
                ? seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new InvalidOperationException("OPENCHANNELS_POLL_SECONDS must be at least 1.")
                : TimeSpan.FromMinutes(5),
            UploadsDirectory = configuration["OPENCHANNELS_UPLOADS"] is { Length: > 0 } uploads ? Path.GetFullPath(uploads) : Path.Combine(data, "uploads"),
            InactivityCheckInterval = Quota(configuration, "OPENCHANNELS_INACTIVITY_CHECK_SECONDS") is { } check
                ? check > 0 ? TimeSpan.FromSeconds(check) : throw new InvalidOperationException("OPENCHANNELS_INACTIVITY_CHECK_SECONDS must be at least 1.")
                : TimeSpan.FromMinutes(1),
        };
    }

    private static int? Quota(IConfiguration configuration, string key) =>
        configuration[key] is not { Length: > 0 } text ? null
        : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw new InvalidOperationException($"{key} must be a whole number, not '{text}'.");

    // Development runs from src/Portal; the repository's plugins/ folder is two levels up. Containers set OPENCHANNELS_PLUGINS.
    private static string LocatePluginsDirectory(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")))
            {
                return Path.Combine(dir.FullName, "plugins");
            }
        }

        return Path.Combine(contentRoot, "plugins");
    }
}
