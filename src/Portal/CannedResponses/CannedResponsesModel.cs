using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.CannedResponses;

/// <summary>Database mapping of canned responses.</summary>
public static class CannedResponsesModel
{
    public static IReadOnlyList<string> Tables { get; } = ["CannedResponses"];

    public static void Configure(ModelBuilder builder) => builder.Entity<CannedResponse>(e =>
    {
        e.ToTable("CannedResponses");
        e.Property(c => c.OwnerUserId).HasMaxLength(64);
        e.Property(c => c.CreatedByUserId).HasMaxLength(64);
        e.Property(c => c.Shortcut).HasMaxLength(CannedResponseRules.MaxShortcut);
        e.Property(c => c.Text).HasMaxLength(CannedResponseRules.MaxText);
        e.HasIndex(c => new { c.OwnerUserId, c.Shortcut });
    });
}
