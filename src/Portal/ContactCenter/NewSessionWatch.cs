using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// Decides when to ring for a new conversation. A client's first message is published before routing picks an agent, so a
/// new session is only announced once routing has published (a change without a new message) and the conversation then sits
/// in this employee's Unanswered list; when it went to a colleague, nobody else is disturbed.
/// </summary>
public sealed class NewSessionWatch(TimeProvider clock)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Guid, (DateTimeOffset Since, bool Routed)> _pending = [];
    private readonly Lock _gate = new();

    public void Observe(ConversationChange change)
    {
        lock (_gate)
        {
            if (change.IsNewSession)
            {
                _pending[change.ConversationId] = (clock.GetUtcNow(), false);
            }
            else if (change.NewMessageId is null && _pending.TryGetValue(change.ConversationId, out var entry))
            {
                _pending[change.ConversationId] = entry with { Routed = true };
            }
        }
    }

    /// <summary>The routed new sessions that landed in <paramref name="unanswered"/>; each is returned once.</summary>
    public IReadOnlyList<ConversationSummary> Arrived(IReadOnlyList<ConversationSummary> unanswered)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var arrived = unanswered.Where(c => _pending.TryGetValue(c.Id, out var e) && e.Routed).ToList();
            foreach (var id in _pending.Where(p => p.Value.Routed || now - p.Value.Since > Patience).Select(p => p.Key).ToList())
            {
                _pending.Remove(id);
            }

            return arrived;
        }
    }
}
