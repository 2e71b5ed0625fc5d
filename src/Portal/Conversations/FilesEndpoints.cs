using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Conversations;

/// <summary><c>GET /files/{id}</c>: a message attachment, for signed-in employees who may see its conversation.</summary>
public static class FilesEndpoints
{
    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/{id:guid}", async (Guid id, ClaimsPrincipal user, IDbContextFactory<AppDbContext> factory, AttachmentStore files, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var file = await (from a in db.MessageAttachments
                              join m in db.Messages on a.MessageId equals m.Id
                              join c in db.Conversations on m.ConversationId equals c.Id
                              where a.Id == id && m.DeletedAt == null
                              select new { a.FileName, a.ContentType, a.StoragePath, Conversation = c }).FirstOrDefaultAsync(ct);
            if (file?.StoragePath is null || !await ChannelAccess.CanSeeConversationAsync(db, Actor.From(user), file.Conversation, ct)
                || files.Open(file.StoragePath) is not { } stream)
            {
                return Results.NotFound();
            }

            return Uploads.SafeDownload.File(stream, file.ContentType, file.FileName);
        }).RequireAuthorization(OpenChannels.Portal.Api.ApiV1.CookieOrApiKey);
        return endpoints;
    }
}
