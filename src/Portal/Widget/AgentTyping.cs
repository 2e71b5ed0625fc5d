using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Widget;

/// <summary>An agent is typing a reply: a web chat visitor sees "typing…" (other messengers are not told).</summary>
public sealed class AgentTyping(IDbContextFactory<AppDbContext> factory, WidgetHub hub)
{
    public async Task NotifyAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var target = await (from c in db.Conversations
                            join k in db.Connections on c.ConnectionId equals k.Id
                            where c.Id == conversationId && k.ConnectorId == WidgetSite.ConnectorId
                            select new { c.ConnectionId, c.ExternalChatId }).FirstOrDefaultAsync(cancellationToken);
        if (target is not null)
        {
            hub.Publish(target.ConnectionId, target.ExternalChatId, """{"type":"typing"}""");
        }
    }
}
