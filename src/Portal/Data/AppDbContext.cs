using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenChannels.Portal.ApiKeys;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Connections.Polling;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Kpi;
using OpenChannels.Portal.Notifications;
using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Data;

/// <summary>The portal's database. Each feature configures its own entities in <see cref="OnModelCreating"/>.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<ChannelMember> ChannelMembers => Set<ChannelMember>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<ConnectorStoreEntry> ConnectorStore => Set<ConnectorStoreEntry>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<SupervisorRating> SupervisorRatings => Set<SupervisorRating>();

    public DbSet<KpiBreach> KpiBreaches => Set<KpiBreach>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ConnectionPoll> ConnectionPolls => Set<ConnectionPoll>();

    public DbSet<PageComment> PageComments => Set<PageComment>();

    public DbSet<PageCommentReply> PageCommentReplies => Set<PageCommentReply>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ClientLink> ClientLinks => Set<ClientLink>();

    public DbSet<CustomFieldDefinition> CustomFields => Set<CustomFieldDefinition>();

    public DbSet<CrmForm> CrmForms => Set<CrmForm>();

    public DbSet<CommentAuthorLink> CommentAuthorLinks => Set<CommentAuthorLink>();

    public DbSet<PageCommentHandled> PageCommentsHandled => Set<PageCommentHandled>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SharedPlugin> SharedPlugins => Set<SharedPlugin>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns; storing UTC ticks works the same on both engines.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApiKey>(e =>
        {
            e.HasIndex(k => k.Hash).IsUnique();
            e.Property(k => k.Name).HasMaxLength(100);
            e.Property(k => k.Prefix).HasMaxLength(16);
            e.Property(k => k.Hash).HasMaxLength(64);
        });
        builder.Entity<AppUser>(e => e.Property(u => u.DisplayName).HasMaxLength(100));
        ChannelsModel.Configure(builder);
        ConversationsModel.Configure(builder);
        RatingsModel.Configure(builder);
        PollingModel.Configure(builder);
        CrmModel.Configure(builder);
        AgentTools.AgentToolsModel.Configure(builder);
        ClusterModel.Configure(builder);
    }
}
