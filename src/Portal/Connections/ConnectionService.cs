using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Connections;

/// <summary>Connects messenger accounts to channels: validates settings with the plugin, stores them encrypted, activates.</summary>
public sealed class ConnectionService(
    IDbContextFactory<AppDbContext> factory,
    PluginRegistry registry,
    ConnectorGateway gateway,
    ConnectionSettingsProtector protector,
    ConnectionContextFactory contexts,
    IEnumerable<IConnectionListener> listeners,
    TrustedHosts trustedHosts,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<ConnectionView>> ListAsync(Actor actor, Guid channelId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await ChannelAccess.CanSeeChannelAsync(db, actor, channelId, cancellationToken))
        {
            return [];
        }

        var list = await db.Connections.AsNoTracking().Where(c => c.ChannelId == channelId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return list.Select(View).ToList();
    }

    public async Task<Outcome<ConnectionView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return connection is not null && await ChannelAccess.CanSeeChannelAsync(db, actor, connection.ChannelId, cancellationToken)
            ? View(connection)
            : Failure.NotFound("connection not found");
    }

    public async Task<Outcome<ConnectionView>> CreateAsync(Actor actor, Guid channelId, ConnectionInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage connections");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken))
        {
            return Failure.NotFound("channel not found");
        }

        if (string.IsNullOrWhiteSpace(input.Connector) || registry.Find(input.Connector) is not { Status: PluginStatus.Active, ProvidesConnector: true } plugin)
        {
            return Failure.Invalid($"No active connector plugin '{input.Connector}'.");
        }

        var (settings, error) = ConnectionSettings.Normalize(plugin, input.Settings);
        if (error is not null || await ValidateAsync(input.Connector, settings, cancellationToken) is { } invalid && (error = invalid) is not null)
        {
            return Failure.Invalid(error);
        }

        var connection = new Connection
        {
            Id = Guid.NewGuid(),
            ChannelId = channelId,
            ConnectorId = input.Connector,
            Name = string.IsNullOrWhiteSpace(input.Name) ? plugin.Name : input.Name.Trim()[..Math.Min(100, input.Name.Trim().Length)],
            ProtectedSettings = protector.Protect(settings),
            Status = ConnectionStatus.Inactive,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        await ActivateAsync(db, connection, settings, cancellationToken);
        return View(connection);
    }

    /// <summary>Changes settings (an empty secret keeps the stored one) and activates again.</summary>
    public async Task<Outcome<ConnectionView>> UpdateAsync(Actor actor, Guid id, ConnectionInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage connections");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (connection is null)
        {
            return Failure.NotFound("connection not found");
        }

        if (registry.Find(connection.ConnectorId) is not { Status: PluginStatus.Active } plugin)
        {
            return Failure.Conflict($"The connector plugin '{connection.ConnectorId}' is not active.");
        }

        var (settings, error) = ConnectionSettings.Normalize(plugin, input.Settings, protector.Unprotect(connection.ProtectedSettings));
        if (error is not null || await ValidateAsync(connection.ConnectorId, settings, cancellationToken) is { } invalid && (error = invalid) is not null)
        {
            return Failure.Invalid(error);
        }

        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            connection.Name = input.Name.Trim()[..Math.Min(100, input.Name.Trim().Length)];
        }

        connection.ProtectedSettings = protector.Protect(settings);
        await db.SaveChangesAsync(cancellationToken);
        await ActivateAsync(db, connection, settings, cancellationToken);
        return View(connection);
    }

    public async Task<Outcome<ConnectionView>> SetActiveAsync(Actor actor, Guid id, bool active, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage connections");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (connection is null)
        {
            return Failure.NotFound("connection not found");
        }

        if (active)
        {
            await ActivateAsync(db, connection, protector.Unprotect(connection.ProtectedSettings), cancellationToken);
        }
        else
        {
            await DeactivateAsync(connection, cancellationToken);
            connection.Status = ConnectionStatus.Inactive;
            connection.StatusMessage = null;
            await db.SaveChangesAsync(cancellationToken);
            await NotifyAsync(l => l.ConnectionChangedAsync(connection, cancellationToken));
        }

        return View(connection);
    }

    /// <summary>Deactivates (best effort: an unreachable messenger does not block removal) and deletes. Conversations stay.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("only administrators manage connections");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (connection is null)
        {
            return Failure.NotFound("connection not found");
        }

        await DeactivateAsync(connection, cancellationToken);
        db.ConnectorStore.RemoveRange(db.ConnectorStore.Where(e => e.ConnectionId == id));
        db.Connections.Remove(connection);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(l => l.ConnectionRemovedAsync(id, cancellationToken));
        return Done.Value;
    }

    private async Task<string?> ValidateAsync(string connector, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var result = await gateway.InvokeAsync(connector, "ValidateSettings", (c, ct) => c.ValidateSettingsAsync(settings, ct).AsTask(), cancellationToken);
        return !result.IsCompleted ? result.Error
            : result.Value!.IsValid ? null
            : string.Join(" ", result.Value.Errors.Select(e => $"{e.Key}: {e.Value}"));
    }

    private async Task ActivateAsync(AppDbContext db, Connection connection, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        // The saved settings' URLs (an API base URL an administrator chose) must be reachable by the activation call itself.
        await trustedHosts.RefreshAsync(cancellationToken);
        var result = await gateway.InvokeAsync(connection.ConnectorId, "Activate", (c, services, ct) => c.ActivateAsync(contexts.Create(connection, settings, services), ct).AsTask(), cancellationToken);
        if (result is { IsCompleted: true, Value.Success: true })
        {
            foreach (var (key, value) in result.Value.GeneratedSettings ?? new Dictionary<string, string>())
            {
                settings[key] = value;
            }

            connection.ProtectedSettings = protector.Protect(settings);
            connection.Status = ConnectionStatus.Active;
            connection.StatusMessage = result.Value.Message;
        }
        else
        {
            connection.Status = ConnectionStatus.Error;
            connection.StatusMessage = result.IsCompleted ? result.Value!.Message ?? "activation failed" : result.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(l => l.ConnectionChangedAsync(connection, cancellationToken));
    }

    private async Task NotifyAsync(Func<IConnectionListener, Task> notify)
    {
        foreach (var listener in listeners)
        {
            await notify(listener);
        }
    }

    private async Task DeactivateAsync(Connection connection, CancellationToken cancellationToken)
    {
        await gateway.InvokeAsync(connection.ConnectorId, "Deactivate", async (c, services, ct) =>
        {
            await c.DeactivateAsync(contexts.Create(connection, services), ct);
            return true;
        }, cancellationToken);
    }

    private ConnectionView View(Connection c) => new(
        c.Id,
        c.ChannelId,
        c.ConnectorId,
        c.Name,
        c.Status,
        c.StatusMessage,
        contexts.WebhookUrl(c.Id),
        ConnectionSettings.Masked(registry.Find(c.ConnectorId), protector.Unprotect(c.ProtectedSettings)),
        c.CreatedAt);
}
