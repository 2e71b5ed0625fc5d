using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// Keeps the CRM transcript of open sessions current: every conversation change (a message in or out, an edit, a deletion, a
/// whisper) queues its conversation, and the current session's activity is rewritten. Changes gather for <see cref="Gather"/>
/// and are written together (up to <see cref="CrmSessionRecorder.RefreshBatch"/> sessions per transaction), so a busy chat costs
/// one rewrite per interval and a busy portal one transaction for many chats, not one per message (benchmark P1). Closing a session
/// rewrites its transcript at once (<see cref="SessionCloser"/>); what is still gathered when the portal stops is written then.
/// </summary>
public sealed partial class CrmTranscriptUpdater(
    ConversationFeed feed, CrmSessionRecorder recorder, IDbContextFactory<AppDbContext> factory, TimeProvider clock, ILogger<CrmTranscriptUpdater> logger)
    : BackgroundService
{
    /// <summary>How long changes gather before their transcripts are rewritten.</summary>
    public static readonly TimeSpan Gather = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan FlushOnStop = TimeSpan.FromSeconds(5);

    private readonly Channel<Guid> _changed = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(change => _changed.Writer.TryWrite(change.ConversationId));
        try
        {
            while (await _changed.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Gather, clock, stoppingToken);
                await RewriteAsync(Drain(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            using var flush = new CancellationTokenSource(FlushOnStop);
            await RewriteAsync(Drain(), flush.Token);
        }
    }

    private HashSet<Guid> Drain()
    {
        var batch = new HashSet<Guid>();
        while (_changed.Reader.TryRead(out var id))
        {
            batch.Add(id);
        }

        return batch;
    }

    private async Task RewriteAsync(HashSet<Guid> conversations, CancellationToken cancellationToken)
    {
        foreach (var chunk in conversations.Chunk(CrmSessionRecorder.RefreshBatch))
        {
            try
            {
                List<Guid> sessions;
                await using (var db = await factory.CreateDbContextAsync(cancellationToken))
                {
                    sessions = await db.Conversations.Where(c => chunk.Contains(c.Id) && c.CurrentSessionId != null)
                        .Select(c => c.CurrentSessionId!.Value).ToListAsync(cancellationToken);
                }

                await recorder.RefreshAsync(sessions, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, chunk.Length);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the CRM transcripts of {Count} conversations")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
