using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>What one webhook POST produced: events for the host, plus when each user last wrote (for the reply window).</summary>
internal sealed class InboundBatch
{
    private readonly Dictionary<string, DateTimeOffset> _userActivity = new(StringComparer.Ordinal);

    public List<ConnectorEvent> Events { get; } = [];

    /// <summary>Items that were authentic but unusable; logged so that nothing disappears silently.</summary>
    public List<string> Skipped { get; } = [];

    public IReadOnlyDictionary<string, DateTimeOffset> UserActivity => _userActivity;

    /// <summary>Remembers the newest moment a user wrote; Meta may deliver a batch out of order.</summary>
    public void UserWrote(string userId, DateTimeOffset at)
    {
        if (!_userActivity.TryGetValue(userId, out var known) || known < at)
        {
            _userActivity[userId] = at;
        }
    }
}
