using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Connections.Polling;

/// <summary>Database mapping of the import state kept per polling connection.</summary>
public static class PollingModel
{
    public static IReadOnlyList<string> Tables { get; } = ["ConnectionPolls"];

    public static void Configure(ModelBuilder builder) => builder.Entity<ConnectionPoll>(e =>
    {
        e.ToTable("ConnectionPolls");
        e.HasKey(p => p.ConnectionId);
        e.Property(p => p.Cursor).HasMaxLength(DbConnectorStore.MaxValueLength);
        e.Property(p => p.LastError).HasMaxLength(1000);
    });
}
