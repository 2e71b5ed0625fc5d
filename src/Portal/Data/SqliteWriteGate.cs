using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChannels.Portal.Data;

/// <summary>
/// One writer at a time in this process on SQLite, in the order they asked. SQLite takes one writer anyway; without this gate
/// the others learn it from SQLITE_BUSY and sleep in the busy handler (1 to 100 ms steps, longer the longer they wait), so who
/// writes next was decided by those sleeps and a routing write could sleep through several group-commit batches (benchmark P1).
/// Every <c>SaveChanges</c> outside an explicit transaction passes it; the group commit (<c>IngestCommitter</c>) holds it for its
/// whole batch through <see cref="EnterAsync"/>. Other explicit transactions are not gated and keep the busy handler. A writer
/// that waits longer than <see cref="MaxWait"/> goes on without the gate (the busy handler still keeps it correct).
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(SqliteBusyTimeout.Milliseconds / 1000);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<DbContext, byte> _holders = new(ReferenceEqualityComparer.Instance);

    /// <summary>Holds the gate until the result is disposed (a batch written in one explicit transaction).</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken) =>
        await _gate.WaitAsync(MaxWait, cancellationToken) ? new Held(_gate) : new Held(null);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Gated(eventData) is { } context && _gate.Wait(MaxWait))
        {
            _holders[context] = 0;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Gated(eventData) is { } context && await _gate.WaitAsync(MaxWait, cancellationToken))
        {
            _holders[context] = 0;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    // A concurrency conflict is reported here, not to SaveChangesFailed.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Leave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public void Dispose() => _gate.Dispose();

    private static DbContext? Gated(DbContextEventData eventData) =>
        eventData.Context is { } context && context.Database.CurrentTransaction is null ? context : null;

    private void Leave(DbContext? context)
    {
        if (context is not null && _holders.TryRemove(context, out _))
        {
            _gate.Release();
        }
    }

    private sealed class Held(SemaphoreSlim? gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
