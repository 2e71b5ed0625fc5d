using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenChannels.Portal.Crm;

/// <summary>Database mapping of the CRM's tables: page comments and their replies; leads, contacts, companies, deals and activities.</summary>
public static class CrmModel
{
    public static IReadOnlyList<string> Tables { get; } = ["PageComments", "PageCommentReplies"];

    public static IReadOnlyList<string> RecordTables { get; } = ["CrmLeads", "CrmContacts", "CrmCompanies", "CrmDeals", "CrmActivities", "CrmClientLinks", "CrmCustomFields"];

    public static IReadOnlyList<string> FormAndCommentTables { get; } = ["CrmForms", "CrmCommentAuthors", "PageCommentsHandled"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PageComment>(e =>
        {
            e.ToTable("PageComments");
            e.HasIndex(c => new { c.ConnectionId, c.CommentId }).IsUnique();
            e.HasIndex(c => new { c.ConnectionId, c.CreatedAt });
            e.Property(c => c.PostId).HasMaxLength(200);
            e.Property(c => c.CommentId).HasMaxLength(200);
            e.Property(c => c.ParentId).HasMaxLength(200);
            e.Property(c => c.Permalink).HasMaxLength(2000);
            e.Property(c => c.AuthorExternalId).HasMaxLength(200);
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.HasMany(c => c.Replies).WithOne().HasForeignKey(r => r.PageCommentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PageCommentReply>(e =>
        {
            e.ToTable("PageCommentReplies");
            e.HasIndex(r => r.PageCommentId);
            e.Property(r => r.AuthorUserId).HasMaxLength(64);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ExternalId).HasMaxLength(200);
            e.Property(r => r.Error).HasMaxLength(1000);
        });
        ConfigureRecords(builder);
        ConfigureFormsAndComments(builder);
    }

    private static void ConfigureFormsAndComments(ModelBuilder builder)
    {
        builder.Entity<CrmForm>(e =>
        {
            e.ToTable("CrmForms");
            e.Property(f => f.Name).HasMaxLength(100);
            e.Property(f => f.Title).HasMaxLength(200);
        });
        builder.Entity<CommentAuthorLink>(e =>
        {
            e.ToTable("CrmCommentAuthors");
            e.HasKey(l => new { l.ConnectionId, l.AuthorExternalId });
            e.Property(l => l.AuthorExternalId).HasMaxLength(200);
            e.HasIndex(l => l.LeadId);
            e.HasIndex(l => l.ContactId);
        });
        builder.Entity<PageCommentHandled>(e =>
        {
            e.ToTable("PageCommentsHandled");
            e.HasKey(h => h.PageCommentId);
            e.Property(h => h.UserId).HasMaxLength(64);
        });
    }

    private static void ConfigureRecords(ModelBuilder builder)
    {
        builder.Entity<Lead>(e =>
        {
            e.ToTable("CrmLeads");
            Person(e.Property(l => l.Name), e.Property(l => l.Phone), e.Property(l => l.Email), e.Property(l => l.ResponsibleUserId));
            e.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.ChannelIdentity).HasMaxLength(300);
            e.HasIndex(l => l.Email);
            e.HasIndex(l => l.Phone);
            e.HasIndex(l => l.CreatedAt);
        });
        builder.Entity<Contact>(e =>
        {
            e.ToTable("CrmContacts");
            Person(e.Property(c => c.Name), e.Property(c => c.Phone), e.Property(c => c.Email), e.Property(c => c.ResponsibleUserId));
            e.Property(c => c.CompanyName).HasMaxLength(200);
            e.HasIndex(c => c.Email);
            e.HasIndex(c => c.Phone);
            e.HasIndex(c => c.CreatedAt);
        });
        builder.Entity<Company>(e =>
        {
            e.ToTable("CrmCompanies");
            e.Property(c => c.Name).HasMaxLength(200);
            e.HasIndex(c => c.Name);
        });
        builder.Entity<Deal>(e =>
        {
            e.ToTable("CrmDeals");
            e.Property(d => d.Title).HasMaxLength(200);
            e.Property(d => d.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Currency).HasMaxLength(3);
            // SQLite cannot sort or sum decimals; a double keeps 15 significant digits, plenty for a deal amount.
            e.Property(d => d.Amount).HasConversion<double>();
            e.Property(d => d.ResponsibleUserId).HasMaxLength(64);
            e.HasIndex(d => d.ContactId);
            e.HasIndex(d => d.CreatedAt);
        });
        builder.Entity<Activity>(e =>
        {
            e.ToTable("CrmActivities");
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Subject).HasMaxLength(300);
            e.Property(a => a.AuthorUserId).HasMaxLength(64);
            e.HasIndex(a => a.SessionId).IsUnique();
            e.HasIndex(a => a.LeadId);
            e.HasIndex(a => a.ContactId);
            e.HasIndex(a => a.DealId);
        });
        builder.Entity<ClientLink>(e =>
        {
            e.ToTable("CrmClientLinks");
            e.HasKey(l => l.ClientId);
            e.HasIndex(l => l.LeadId);
            e.HasIndex(l => l.ContactId);
        });
        builder.Entity<CustomFieldDefinition>(e =>
        {
            e.ToTable("CrmCustomFields");
            e.HasIndex(f => new { f.Entity, f.Key }).IsUnique();
            e.Property(f => f.Entity).HasMaxLength(20);
            e.Property(f => f.Key).HasMaxLength(50);
            e.Property(f => f.Label).HasMaxLength(100);
        });
    }

    private static void Person(PropertyBuilder<string> name, PropertyBuilder<string?> phone, PropertyBuilder<string?> email, PropertyBuilder<string?> responsible)
    {
        name.HasMaxLength(200);
        phone.HasMaxLength(50);
        email.HasMaxLength(200);
        responsible.HasMaxLength(64);
    }
}
