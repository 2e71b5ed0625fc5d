using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// <c>GET files/{id}?s=…</c>: a file of the visitor's own conversation, by a link signed for them. Raster images are served as
/// themselves (thumbnails); anything else as a download with a fixed type, so an uploaded HTML or SVG never runs.
/// </summary>
public static class WidgetFilesApi
{
    public static async Task<IResult> DownloadAsync(
        Guid connectionId, Guid fileId, string? s, HttpContext http, WidgetFileLinks links, WidgetRateLimits limits,
        IDbContextFactory<AppDbContext> factory, AttachmentStore files, CancellationToken ct)
    {
        if (!limits.TryIp(http.Connection.RemoteIpAddress?.ToString()))
        {
            return WidgetResults.TooMany(http);
        }

        if (links.Read(connectionId, fileId, s) is not { } visitor)
        {
            return Results.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var file = await (from a in db.MessageAttachments
                          join m in db.Messages on a.MessageId equals m.Id
                          join c in db.Conversations on m.ConversationId equals c.Id
                          where a.Id == fileId && m.DeletedAt == null && c.ConnectionId == connectionId && c.ExternalChatId == visitor
                                && m.Kind != MessageKind.Whisper && m.Kind != MessageKind.System
                          select new { a.FileName, a.ContentType, a.StoragePath }).FirstOrDefaultAsync(ct);
        if (file?.StoragePath is null || files.Open(file.StoragePath) is not { } stream)
        {
            return Results.NotFound();
        }

        http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        http.Response.Headers.CacheControl = "private, max-age=3600";
        var inline = WidgetFiles.IsInlineImage(file.ContentType);
        return Results.File(stream, inline ? file.ContentType : "application/octet-stream", inline ? null : file.FileName);
    }
}
