using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.Uploads;

/// <summary>
/// <c>POST /api/v1/conversations/{id}/files</c>: a reply with files, as <c>multipart/form-data</c> with <c>file</c> parts and optional
/// <c>text</c>, <c>whisper</c> and <c>replyTo</c> fields. A file over the limit refuses the whole message with a 400 that says why.
/// </summary>
public static class UploadsApi
{
    public static RouteGroupBuilder MapUploadsApi(this RouteGroupBuilder api)
    {
        // API keys only (no cookies reach /api/v1), so there is no cross-site form to guard against.
        api.MapPost("/conversations/{id:guid}/files", PostAsync).DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> PostAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, ReplyUploadService uploads, MessageService messages, ConversationQueries queries, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem("Send multipart/form-data with one or more 'file' parts.", statusCode: StatusCodes.Status400BadRequest);
        }

        var actor = Actor.From(user);
        var form = await request.ReadFormAsync(ct);
        var stored = new List<PendingFile>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            var outcome = await uploads.StoreAsync(actor, id, file.FileName, file.ContentType, file.Length, content, stored.Count, ct);
            if (!outcome.IsOk)
            {
                stored.ForEach(uploads.Discard);
                return outcome.ToResult();
            }

            stored.Add(outcome.Value!);
        }

        var input = new NewMessage(form["text"], bool.TryParse(form["whisper"], out var whisper) && whisper, long.TryParse(form["replyTo"], out var replyTo) ? replyTo : null);
        var posted = await messages.PostAsync(actor, id, input, stored, ct);
        if (!posted.IsOk)
        {
            stored.ForEach(uploads.Discard);
            return posted.ToResult();
        }

        var page = await queries.MessagesAsync(actor, id, null, posted.Value + 1, 1, ct);
        return Results.Created($"/api/v1/conversations/{id}/messages/{posted.Value}", page.Value!.Single());
    }
}
