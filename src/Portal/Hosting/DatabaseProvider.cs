namespace OpenChannels.Portal.Hosting;

/// <summary>The database engines the portal runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
