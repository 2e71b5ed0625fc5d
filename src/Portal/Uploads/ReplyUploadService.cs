using Microsoft.EntityFrameworkCore;
using OpenChannels.Abstractions.Manifest;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Uploads;

/// <summary>
/// Takes a file for a reply: the limits are checked before a byte is stored (size, count, the connector's <c>files</c> capability,
/// the employee's access to the conversation), the stream is cut off at the limit whatever size the sender claimed, and the bytes go
/// to the <see cref="AttachmentStore"/> the message attachments already use. The files go out with the message through the connector.
/// </summary>
public sealed class ReplyUploadService(IDbContextFactory<AppDbContext> factory, PluginRegistry registry, AttachmentStore store, UploadLimits limits, TimeProvider clock)
{
    public long MaxBytes => limits.MaxBytes;

    /// <summary>Checks a file before it is read; <paramref name="pending"/> is how many files the reply already carries.</summary>
    public async Task<UploadCheck> CheckAsync(Actor actor, Guid conversationId, long size, int pending, CancellationToken cancellationToken)
    {
        var (found, plugin) = await PluginOfAsync(actor, conversationId, cancellationToken);
        return !found ? UploadCheck.NotFound
            : plugin?.Capabilities.Contains(ConnectorCapability.Files) != true ? UploadCheck.NotSupported
            : pending >= UploadLimits.MaxFilesPerMessage ? UploadCheck.TooMany
            : size <= 0 ? UploadCheck.Empty
            : size > MaxBytesFor(plugin) ? UploadCheck.TooLarge
            : UploadCheck.Ok;
    }

    /// <summary>The largest file a reply in this conversation may carry: the portal's limit, or the messenger's when lower.</summary>
    public async Task<long> MaxBytesAsync(Actor actor, Guid conversationId, CancellationToken cancellationToken) =>
        MaxBytesFor((await PluginOfAsync(actor, conversationId, cancellationToken)).Plugin);

    private long MaxBytesFor(PluginInfo? plugin) =>
        plugin?.MaxFileMb is { } mb ? Math.Min(limits.MaxBytes, mb * 1024L * 1024) : limits.MaxBytes;

    // Whether the employee sees the conversation, and its connector plugin (null when it is not installed).
    private async Task<(bool Found, PluginInfo? Plugin)> PluginOfAsync(Actor actor, Guid conversationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return (false, null);
        }

        var connector = await db.Connections.Where(c => c.Id == conversation.ConnectionId).Select(c => c.ConnectorId).FirstOrDefaultAsync(cancellationToken);
        return (true, connector is null ? null : registry.Find(connector));
    }

    /// <summary>Checks, then stores the file; the failure says which limit refused it.</summary>
    public async Task<Outcome<PendingFile>> StoreAsync(
        Actor actor, Guid conversationId, string? fileName, string? contentType, long size, Stream content, int pending, CancellationToken cancellationToken)
    {
        var name = AttachmentStore.SafeFileName(fileName, "file");
        var check = await CheckAsync(actor, conversationId, size, pending, cancellationToken);
        var max = await MaxBytesAsync(actor, conversationId, cancellationToken);
        if (check != UploadCheck.Ok)
        {
            return Refusal(check, name, size, max);
        }

        await using var buffer = await CappedRead.ReadAsync(content, max, cancellationToken);
        if (buffer is null)
        {
            return Refusal(UploadCheck.TooLarge, name, Math.Max(size, max + 1), max);
        }

        if (buffer.Length == 0)
        {
            return Refusal(UploadCheck.Empty, name, 0);
        }

        var path = await store.SaveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), clock.GetUtcNow(), cancellationToken);
        return new PendingFile(name, CleanType(contentType), buffer.Length, path);
    }

    /// <summary>A stored file (from the drive) copied for a reply, so the message keeps it even when the original is deleted.</summary>
    public async Task<PendingFile> CopyAsync(string fileName, string contentType, string storagePath, CancellationToken cancellationToken)
    {
        await using var source = store.Open(storagePath) ?? throw new FileNotFoundException("The stored file is missing.", fileName);
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        var path = await store.SaveAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), clock.GetUtcNow(), cancellationToken);
        return new PendingFile(fileName, contentType, buffer.Length, path);
    }

    /// <summary>Removes a file that was uploaded but never sent.</summary>
    public void Discard(PendingFile file) => store.Delete(file.StoragePath);

    /// <param name="max">The limit that applied (<see cref="MaxBytesAsync"/>); the portal's when not given.</param>
    public Failure Refusal(UploadCheck check, string name, long size, long? max = null) => check switch
    {
        UploadCheck.TooLarge => Failure.Invalid($"The file “{name}” is {UploadLimits.Megabytes(size)} MB; files may be at most {UploadLimits.Megabytes(max ?? limits.MaxBytes)} MB."),
        UploadCheck.TooMany => Failure.Invalid($"A message carries at most {UploadLimits.MaxFilesPerMessage} files."),
        UploadCheck.Empty => Failure.Invalid($"The file “{name}” is empty."),
        UploadCheck.NotSupported => Failure.Invalid("This conversation's messenger does not accept files."),
        _ => Failure.NotFound("conversation not found"),
    };

    public static string CleanType(string? contentType) =>
        contentType is { Length: > 0 and <= 100 } t && t.Contains('/', StringComparison.Ordinal) && !t.Any(char.IsWhiteSpace) ? t.ToLowerInvariant() : "application/octet-stream";
}
