using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// The icon of the connector a conversation came through, cached for the life of a page. It reads the connection's plugin id
/// directly: after a transfer to another channel, the agent may not see the connection's channel, yet the icon still applies.
/// </summary>
public sealed class ConnectorIcons(IDbContextFactory<AppDbContext> factory, PluginRegistry registry)
{
    private readonly ConcurrentDictionary<Guid, string?> _icons = new();

    public async Task<string?> IconAsync(Guid connectionId)
    {
        if (_icons.TryGetValue(connectionId, out var cached))
        {
            return cached;
        }

        await using var db = await factory.CreateDbContextAsync();
        var connector = await db.Connections.Where(c => c.Id == connectionId).Select(c => c.ConnectorId).FirstOrDefaultAsync();
        var icon = connector is null ? null : registry.Find(connector)?.Icon;

        // Only an emoji (or another short text) renders inline; an image file name inside the plugin folder is not served.
        icon = icon is { Length: > 0 and <= 8 } && !icon.Contains('.', StringComparison.Ordinal) ? icon : null;
        return _icons[connectionId] = icon;
    }

    public async Task LoadAsync(IEnumerable<Guid> connectionIds)
    {
        foreach (var id in connectionIds.Distinct().Where(id => !_icons.ContainsKey(id)))
        {
            await IconAsync(id);
        }
    }

    public string? Cached(Guid connectionId) => _icons.GetValueOrDefault(connectionId);
}
