using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>Brings one live list up to date with a few changed conversations, in the order a full read gives (latest message first).</summary>
public static class QueueListPatch
{
    /// <param name="changed">The conversations that changed.</param>
    /// <param name="inBox">Those of them the box holds now.</param>
    public static IReadOnlyList<ConversationSummary> Apply(IReadOnlyList<ConversationSummary> list, IReadOnlyCollection<Guid> changed, IReadOnlyList<ConversationSummary> inBox) =>
        [.. list.Where(c => !changed.Contains(c.Id)).Concat(inBox).OrderByDescending(c => c.LastMessageAt).Take(ConversationQueries.BoxSize)];
}
