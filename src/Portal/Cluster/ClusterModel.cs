using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Cluster;

/// <summary>Database mapping of what the nodes of a cluster share: Data Protection keys and the plugin set.</summary>
public static class ClusterModel
{
    public static IReadOnlyList<string> Tables { get; } = ["DataProtectionKeys", "SharedPlugins"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            e.Property(k => k.FriendlyName).HasMaxLength(200);
        });
        builder.Entity<SharedPlugin>(e =>
        {
            e.ToTable("SharedPlugins");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasMaxLength(40);
            e.Property(p => p.PackageSha256).HasMaxLength(64);
            e.Property(p => p.Revision).IsConcurrencyToken();
        });
    }
}
