using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.CannedResponses;

/// <summary>
/// Canned responses: an employee sees their own and the shared ones; anyone keeps their own, and only supervisors and
/// administrators create, change or delete shared ones. A shortcut is unique within its scope (one employee's, or the shared set).
/// </summary>
public sealed class CannedResponseService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const int MaxSuggestions = 8;

    public async Task<IReadOnlyList<CannedResponseView>> ListAsync(Actor actor, string? prefix, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var start = (prefix ?? "").Trim().TrimStart('/').ToLowerInvariant();
        var rows = await Visible(db, actor).Where(c => start.Length == 0 || c.Shortcut.StartsWith(start))
            .OrderBy(c => c.Shortcut).ThenBy(c => c.OwnerUserId == null).Take(500).ToListAsync(cancellationToken);
        return rows.Select(c => View(c, actor)).ToList();
    }

    public async Task<Outcome<CannedResponseView>> CreateAsync(Actor actor, CannedResponseInput input, CancellationToken cancellationToken)
    {
        var (shortcut, text, error) = CannedResponseRules.Check(input);
        if (error is not null || actor.IsSystem)
        {
            return error ?? Failure.Forbidden("Only employees keep canned responses.");
        }

        if (input.Shared && !actor.SeesAllChannels)
        {
            return Failure.Forbidden("Only supervisors and administrators create shared canned responses.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var owner = input.Shared ? null : actor.UserId;
        if (await TakenAsync(db, owner, shortcut, null, cancellationToken))
        {
            return Failure.Conflict($"The shortcut /{shortcut} is already in use.");
        }

        var now = clock.GetUtcNow();
        var created = new CannedResponse { Id = Guid.NewGuid(), OwnerUserId = owner, Shortcut = shortcut, Text = text, CreatedByUserId = actor.UserId!, CreatedAt = now, UpdatedAt = now };
        db.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return View(created, actor);
    }

    public async Task<Outcome<CannedResponseView>> UpdateAsync(Actor actor, Guid id, CannedResponseInput input, CancellationToken cancellationToken)
    {
        var (shortcut, text, error) = CannedResponseRules.Check(input);
        if (error is not null)
        {
            return error;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await FindEditableAsync(db, actor, id, cancellationToken);
        if (!found.IsOk)
        {
            return new Outcome<CannedResponseView>(found.Kind, null, found.Error);
        }

        if (input.Shared && !actor.SeesAllChannels)
        {
            return Failure.Forbidden("Only supervisors and administrators share canned responses.");
        }

        var response = found.Value!;
        var owner = input.Shared ? null : response.OwnerUserId ?? actor.UserId;
        if (await TakenAsync(db, owner, shortcut, id, cancellationToken))
        {
            return Failure.Conflict($"The shortcut /{shortcut} is already in use.");
        }

        (response.OwnerUserId, response.Shortcut, response.Text, response.UpdatedAt) = (owner, shortcut, text, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(response, actor);
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await FindEditableAsync(db, actor, id, cancellationToken);
        if (!found.IsOk)
        {
            return new Outcome<Done>(found.Kind, null, found.Error);
        }

        db.Remove(found.Value!);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    private static IQueryable<CannedResponse> Visible(AppDbContext db, Actor actor) =>
        db.Set<CannedResponse>().Where(c => c.OwnerUserId == null || c.OwnerUserId == actor.UserId);

    private static async Task<Outcome<CannedResponse>> FindEditableAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var response = await Visible(db, actor).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (response is null)
        {
            return Failure.NotFound("canned response not found");
        }

        return CanEdit(response, actor) ? response : Failure.Forbidden("Only supervisors and administrators change shared canned responses.");
    }

    private static Task<bool> TakenAsync(AppDbContext db, string? owner, string shortcut, Guid? except, CancellationToken cancellationToken) =>
        db.Set<CannedResponse>().AnyAsync(c => c.OwnerUserId == owner && c.Shortcut == shortcut && c.Id != except, cancellationToken);

    private static bool CanEdit(CannedResponse c, Actor actor) => c.OwnerUserId is null ? actor.SeesAllChannels && !actor.IsSystem : c.OwnerUserId == actor.UserId;

    private static CannedResponseView View(CannedResponse c, Actor actor) => new(c.Id, c.Shortcut, c.Text, c.OwnerUserId is null, CanEdit(c, actor), c.UpdatedAt);
}
