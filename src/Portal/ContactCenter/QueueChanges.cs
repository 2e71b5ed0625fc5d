using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// The conversations changed since the Contact Center lists were last brought up to date, gathered from the feed's threads. A
/// change not about one conversation, too many changes at once, or a list older than <see cref="MaxAge"/> asks for a full reload.
/// </summary>
public sealed class QueueChanges(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int MaxPatched = 50;

    private readonly Lock _gate = new();
    private HashSet<Guid> _changed = [];
    private bool _full = true;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public void Add(ConversationChange change)
    {
        lock (_gate)
        {
            if (change.ConversationId == Guid.Empty || change.ChannelId == Guid.Empty)
            {
                _full = true;
            }
            else
            {
                _changed.Add(change.ConversationId);
            }
        }
    }

    /// <summary>Takes what changed: null when the lists must be reloaded whole, else the changed conversations.</summary>
    public IReadOnlyCollection<Guid>? Take()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var full = _full || _changed.Count > MaxPatched || now - _loadedAt > MaxAge;
            var changed = _changed;
            _changed = [];
            _full = false;
            if (full)
            {
                _loadedAt = now;
            }

            return full ? null : changed;
        }
    }
}
