using Microsoft.AspNetCore.Components.Web.Virtualization;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// Feeds the virtualized history: each window is one count and one page by position, so a conversation of any length opens
/// with two small queries. Quoted messages outside the window are fetched once and remembered.
/// </summary>
public sealed class ChatHistorySource(ConversationQueries queries, Actor actor, Guid conversationId)
{
    private readonly Dictionary<long, MessageView?> _quotes = [];

    /// <summary>The sessions, to mark where each begins; refreshed by the chat screen.</summary>
    public IReadOnlyList<SessionInfo> Sessions { get; set; } = [];

    public int Count { get; private set; }

    public async ValueTask<ItemsProviderResult<ChatLine>> LoadAsync(ItemsProviderRequest request)
    {
        var count = await queries.CountMessagesAsync(actor, conversationId, request.CancellationToken);
        if (!count.IsOk)
        {
            return new ItemsProviderResult<ChatLine>([], 0);
        }

        Count = count.Value;
        var take = Math.Min(request.Count, ConversationQueries.MaxPage);
        var page = await queries.MessagesAsync(actor, conversationId, request.StartIndex, null, take, request.CancellationToken);
        var messages = page.Value ?? [];
        foreach (var m in messages)
        {
            _quotes[m.Id] = m;
        }

        foreach (var quoted in messages.Select(m => m.ReplyToMessageId).OfType<long>().Distinct().Where(q => !_quotes.ContainsKey(q)).ToList())
        {
            var found = await queries.MessagesAsync(actor, conversationId, null, quoted + 1, 1, request.CancellationToken);
            _quotes[quoted] = found.Value?.FirstOrDefault(m => m.Id == quoted);
        }

        var lines = messages.Select(m => new ChatLine(
            m,
            Sessions.FirstOrDefault(s => s.FirstMessageId == m.Id),
            m.ReplyToMessageId is { } q ? _quotes.GetValueOrDefault(q) : null)).ToList();
        return new ItemsProviderResult<ChatLine>(lines, Count);
    }

    /// <summary>A message seen in the window (for the reply box's quote preview), or null.</summary>
    public MessageView? Seen(long id) => _quotes.GetValueOrDefault(id);

    /// <summary>Forgets remembered copies, so an edit or delete shows on the next load.</summary>
    public void Forget() => _quotes.Clear();
}
