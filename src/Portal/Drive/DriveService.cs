using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Uploads;

namespace OpenChannels.Portal.Drive;

/// <summary>
/// The built-in drive: each employee's own space, seen by them only, and the company's shared space, seen by every employee.
/// Anyone adds to the shared space; a shared file or folder is removed by who added it or by a supervisor or administrator.
/// Files obey the upload size limit and live in the attachment store; a file picked for a reply is copied onto the message.
/// </summary>
public sealed class DriveService(IDbContextFactory<AppDbContext> factory, AttachmentStore store, UploadLimits limits, ReplyUploadService uploads, TimeProvider clock)
{
    public const int MaxName = 200;

    public async Task<Outcome<DriveListing>> ListAsync(Actor actor, bool shared, Guid? folderId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var owner = shared ? null : actor.UserId;
        var path = new List<DriveEntry>();
        for (var at = folderId; at is { } id;)
        {
            var folder = await db.Set<DriveFolder>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.OwnerUserId == owner, cancellationToken);
            if (folder is null || path.Count > 50)
            {
                return Failure.NotFound("folder not found");
            }

            path.Insert(0, new DriveEntry(folder.Id, folder.Name));
            at = folder.ParentId;
        }

        var folders = await db.Set<DriveFolder>().AsNoTracking().Where(f => f.OwnerUserId == owner && f.ParentId == folderId).OrderBy(f => f.Name)
            .Select(f => new DriveEntry(f.Id, f.Name)).ToListAsync(cancellationToken);
        var files = await db.Set<DriveFile>().AsNoTracking().Where(f => f.OwnerUserId == owner && f.FolderId == folderId).OrderBy(f => f.FileName).ToListAsync(cancellationToken);
        var uploaders = files.Select(f => f.UploadedByUserId).Distinct().ToList();
        var names = await db.Users.Where(u => uploaders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new DriveListing(shared, folderId, path, folders,
            files.Select(f => new DriveFileView(f.Id, f.FileName, f.ContentType, f.Size, names.GetValueOrDefault(f.UploadedByUserId) ?? "", f.CreatedAt, CanDelete(f.OwnerUserId, f.UploadedByUserId, actor))).ToList());
    }

    public async Task<Outcome<DriveEntry>> CreateFolderAsync(Actor actor, DriveFolderInput input, CancellationToken cancellationToken)
    {
        var name = AttachmentStore.SafeFileName(input.Name, "");
        if (actor.IsSystem || name.Length is 0 or > MaxName)
        {
            return Failure.Invalid($"A folder needs a name, at most {MaxName} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var owner = input.Shared ? null : actor.UserId;
        if (input.ParentId is { } parent && !await db.Set<DriveFolder>().AnyAsync(f => f.Id == parent && f.OwnerUserId == owner, cancellationToken))
        {
            return Failure.NotFound("folder not found");
        }

        var folder = new DriveFolder { Id = Guid.NewGuid(), OwnerUserId = owner, ParentId = input.ParentId, Name = name, CreatedByUserId = actor.UserId!, CreatedAt = clock.GetUtcNow() };
        db.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return new DriveEntry(folder.Id, folder.Name);
    }

    public async Task<Outcome<DriveFileView>> UploadAsync(
        Actor actor, bool shared, Guid? folderId, string? fileName, string? contentType, long size, Stream content, CancellationToken cancellationToken)
    {
        var name = AttachmentStore.SafeFileName(fileName, "file");
        if (actor.IsSystem)
        {
            return Failure.Forbidden("Only employees keep files.");
        }

        if (size > limits.MaxBytes)
        {
            return uploads.Refusal(UploadCheck.TooLarge, name, size);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var owner = shared ? null : actor.UserId;
        if (folderId is { } folder && !await db.Set<DriveFolder>().AnyAsync(f => f.Id == folder && f.OwnerUserId == owner, cancellationToken))
        {
            return Failure.NotFound("folder not found");
        }

        await using var buffer = await CappedRead.ReadAsync(content, limits.MaxBytes, cancellationToken);
        if (buffer is null || buffer.Length == 0)
        {
            return uploads.Refusal(buffer is null ? UploadCheck.TooLarge : UploadCheck.Empty, name, Math.Max(size, buffer is null ? limits.MaxBytes + 1 : 0));
        }

        var now = clock.GetUtcNow();
        var path = await store.SaveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), now, cancellationToken);
        var file = new DriveFile
        {
            Id = Guid.NewGuid(), OwnerUserId = owner, FolderId = folderId, FileName = name, ContentType = ReplyUploadService.CleanType(contentType),
            Size = buffer.Length, StoragePath = path, UploadedByUserId = actor.UserId!, CreatedAt = now,
        };
        db.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return new DriveFileView(file.Id, file.FileName, file.ContentType, file.Size, await UserDirectory.NameAsync(db, actor.UserId, cancellationToken), now, true);
    }

    public async Task<Outcome<Done>> DeleteFileAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, actor, id, cancellationToken) is not { } file)
        {
            return Failure.NotFound("file not found");
        }

        if (!CanDelete(file.OwnerUserId, file.UploadedByUserId, actor))
        {
            return Failure.Forbidden("Only who added a shared file, a supervisor or an administrator removes it.");
        }

        db.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(file.StoragePath);
        return Done.Value;
    }

    /// <summary>Removes an empty folder.</summary>
    public async Task<Outcome<Done>> DeleteFolderAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var folder = await db.Set<DriveFolder>().FirstOrDefaultAsync(f => f.Id == id && (f.OwnerUserId == null || f.OwnerUserId == actor.UserId), cancellationToken);
        if (folder is null)
        {
            return Failure.NotFound("folder not found");
        }

        if (!CanDelete(folder.OwnerUserId, folder.CreatedByUserId, actor))
        {
            return Failure.Forbidden("Only who added a shared folder, a supervisor or an administrator removes it.");
        }

        if (await db.Set<DriveFolder>().AnyAsync(f => f.ParentId == id, cancellationToken) || await db.Set<DriveFile>().AnyAsync(f => f.FolderId == id, cancellationToken))
        {
            return Failure.Conflict("The folder is not empty.");
        }

        db.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>The file for a download, or null when the actor may not see it.</summary>
    public async Task<(DriveFile File, FileStream Stream)?> OpenAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, actor, id, cancellationToken) is { } file && store.Open(file.StoragePath) is { } stream ? (file, stream) : null;
    }

    /// <summary>A copy of a drive file for the reply being written.</summary>
    public async Task<Outcome<PendingFile>> PickForReplyAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, actor, id, cancellationToken) is { } file
            ? await uploads.CopyAsync(file.FileName, file.ContentType, file.StoragePath, cancellationToken)
            : Failure.NotFound("file not found");
    }

    private static Task<DriveFile?> FindAsync(AppDbContext db, Actor actor, Guid id, CancellationToken cancellationToken) =>
        db.Set<DriveFile>().FirstOrDefaultAsync(f => f.Id == id && (f.OwnerUserId == null || f.OwnerUserId == actor.UserId), cancellationToken);

    private static bool CanDelete(string? owner, string addedBy, Actor actor) => owner is not null ? owner == actor.UserId : addedBy == actor.UserId || actor.SeesAllChannels;
}
