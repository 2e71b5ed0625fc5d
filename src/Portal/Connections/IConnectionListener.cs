namespace OpenChannels.Portal.Connections;

/// <summary>
/// A feature that keeps work per connection (such as the comment import job) and must follow connections as administrators
/// activate, deactivate, change or delete them.
/// </summary>
public interface IConnectionListener
{
    /// <summary>The connection was saved; its <see cref="Connection.Status"/> says whether it is live.</summary>
    Task ConnectionChangedAsync(Connection connection, CancellationToken cancellationToken);

    /// <summary>The connection was deleted.</summary>
    Task ConnectionRemovedAsync(Guid connectionId, CancellationToken cancellationToken);
}
