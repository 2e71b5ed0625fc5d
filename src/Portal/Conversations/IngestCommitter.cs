using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Group commit for ingest: one writer stores the deliveries that arrive while the previous commit is on disk in one transaction,
/// so a burst of webhooks costs one commit (one fsync) instead of one each, and they stop queueing on the database's write lock.
/// Each unit of work runs on its own context within the shared transaction, behind a savepoint: a unit that fails is rolled back
/// alone (a lost unique-key race is run again, and then reads the winner's rows), the others stay in the batch. A caller's task
/// completes only after the commit; when the commit fails, every unit of the batch fails and nothing of it is stored.
/// </summary>
public sealed partial class IngestCommitter(IDbContextFactory<AppDbContext> factory, SqliteWriteGate gate, ILogger<IngestCommitter> logger) : BackgroundService
{
    /// <summary>Units per transaction at most; a longer queue is written in several commits.</summary>
    public const int MaxBatch = 128;

    private const int Attempts = 8;
    private const string Savepoint = "oc_unit";

    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private int _queued;

    /// <summary>Units waiting for the writer (for tests that line several up behind one batch).</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Runs <paramref name="work"/> in the next batch; completes once the batch is committed.</summary>
    public Task<T> RunAsync<T>(Func<AppDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var unit = new Unit<T>(work, cancellationToken);
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(unit))
        {
            Interlocked.Decrement(ref _queued);
            throw new InvalidOperationException("The portal is stopping; the delivery was not stored.");
        }

        return unit.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Unit>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
                {
                    Interlocked.Decrement(ref _queued);
                    if (!unit.CancellationToken.IsCancellationRequested)
                    {
                        batch.Add(unit);
                    }
                    else
                    {
                        unit.Fail(new OperationCanceledException(unit.CancellationToken));
                    }
                }

                if (batch.Count > 0)
                {
                    await WriteAsync(batch, stoppingToken);
                }
            }
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left))
            {
                left.Fail(new InvalidOperationException("The portal is stopping; the delivery was not stored."));
            }
        }
    }

    private async Task WriteAsync(List<Unit> batch, CancellationToken stoppingToken)
    {
        var stored = new List<Unit>(batch.Count);
        try
        {
            // Writers outside the batch wait for it in order at the gate rather than in SQLite's busy handler.
            using var held = await gate.EnterAsync(stoppingToken);
            await using var owner = await factory.CreateDbContextAsync(stoppingToken);
            // SQLite: BEGIN IMMEDIATE (the driver's default), so the batch holds the write lock from its first read to its commit.
            await using var transaction = await owner.Database.BeginTransactionAsync(stoppingToken);
            foreach (var unit in batch)
            {
                if (await RunUnitAsync(owner, transaction, unit))
                {
                    stored.Add(unit);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Whatever breaks the batch (the commit, a failed rollback) fails every unit not already refused on its own.
            LogBatchFailed(logger, ex, batch.Count);
            foreach (var unit in batch)
            {
                unit.Fail(ex);
            }

            return;
        }

        foreach (var unit in stored)
        {
            unit.Complete();
        }
    }

    /// <returns>True when the unit's writes are in the transaction; false when it failed alone (its caller was told).</returns>
    private async Task<bool> RunUnitAsync(AppDbContext owner, IDbContextTransaction transaction, Unit unit)
    {
        for (var attempt = 1; ; attempt++)
        {
            await transaction.CreateSavepointAsync(Savepoint, CancellationToken.None);
            try
            {
                await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
                db.Database.SetDbConnection(owner.Database.GetDbConnection());
                db.Database.AutoSavepointsEnabled = false;
                await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), CancellationToken.None);
                await unit.RunAsync(db);
                await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
                return true;
            }
            catch (Exception ex)
            {
                // A rollback that fails leaves the transaction unusable: that fails the whole batch (the caller's catch).
                await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
                if (ex is DbUpdateException && attempt < Attempts && !unit.CancellationToken.IsCancellationRequested)
                {
                    continue; // lost a unique-key race with another node: the next attempt reads what the winner committed
                }

                unit.Fail(ex);
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} deliveries could not be committed; none of them is stored and each was refused")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private abstract class Unit(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract Task RunAsync(AppDbContext db);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<AppDbContext, Task<T>> work, CancellationToken cancellationToken) : Unit(cancellationToken)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(AppDbContext db) => _result = await work(db);

        public override void Complete() => _done.TrySetResult(_result);

        public override void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
