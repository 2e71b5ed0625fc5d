using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Keeps the CRM transcript of open sessions current: every conversation change (a message in or out, an edit, a deletion, a
/// whisper) queues its conversation, and the latest session's activity is rewritten. Changes that pile up while one rewrite runs
/// are coalesced, so a busy chat costs one rewrite per batch, not one per message.
/// </summary>
public sealed partial class CrmTranscriptUpdater(
    ConversationFeed feed, CrmSessionRecorder recorder, IDbContextFactory<AppDbContext> factory, ILogger<CrmTranscriptUpdater> logger) : BackgroundService
{
    private readonly Channel<Guid> _changed = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change => _changed.Writer.TryWrite(change.ConversationId));
        while (await _changed.Reader.WaitToReadAsync(stoppingToken))
        {
            var batch = new HashSet<Guid>();
            while (_changed.Reader.TryRead(out var id))
            {
                batch.Add(id);
            }

            foreach (var conversationId in batch)
            {
                try
                {
                    await using var db = await factory.CreateDbContextAsync(stoppingToken);
                    var session = await db.Activities.Where(a => a.ConversationId == conversationId && a.SessionId != null)
                        .OrderByDescending(a => a.CreatedAt).Select(a => a.SessionId).FirstOrDefaultAsync(stoppingToken);
                    if (session is { } id)
                    {
                        await recorder.RefreshAsync(id, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex, conversationId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the CRM transcript of conversation {ConversationId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid conversationId);
}
