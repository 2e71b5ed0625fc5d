using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Widget;

/// <summary>Finds the active web chat connection a widget request names, and whether its channel can answer now.</summary>
public sealed class WidgetSites(IDbContextFactory<AppDbContext> factory, ConnectionContextFactory contexts, TimeProvider clock)
{
    /// <summary>The site, or null when there is no such connection, it is not a web chat, or it is not active.</summary>
    public async Task<WidgetSite?> FindAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == connectionId && c.ConnectorId == WidgetSite.ConnectorId && c.Status == ConnectionStatus.Active, cancellationToken);
        return connection is null ? null : new WidgetSite(connection, contexts.Settings(connection));
    }

    /// <summary>Open when the channel is enabled, within its working hours, and has someone to answer.</summary>
    public async Task<bool> IsOnlineAsync(WidgetSite site, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == site.Connection.ChannelId, cancellationToken);
        return channel is { IsEnabled: true } && WorkingHours.IsOpen(channel, clock.GetUtcNow())
            && await db.ChannelMembers.AnyAsync(m => m.ChannelId == channel.Id, cancellationToken);
    }
}
