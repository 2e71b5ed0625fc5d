using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Uploads;

namespace OpenChannels.Portal.Drive;

/// <summary>
/// <c>/api/v1/drive</c>: list a folder (<c>?shared=true&amp;folderId=</c>), create folders, upload files (multipart <c>file</c> parts,
/// with <c>shared</c> and <c>folderId</c> fields), delete; and <c>GET /drive/files/{id}</c>, the download.
/// </summary>
public static class DriveApi
{
    public static RouteGroupBuilder MapDriveApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/drive");
        group.MapGet("/", async (bool? shared, Guid? folderId, ClaimsPrincipal user, DriveService drive, CancellationToken ct) =>
            (await drive.ListAsync(Actor.From(user), shared == true, folderId, ct)).ToResult());
        group.MapPost("/folders", async (DriveFolderInput input, ClaimsPrincipal user, DriveService drive, CancellationToken ct) =>
            (await drive.CreateFolderAsync(Actor.From(user), input, ct)).ToResult(f => Results.Created($"/api/v1/drive?folderId={f.Id}", f)));
        group.MapDelete("/folders/{id:guid}", async (Guid id, ClaimsPrincipal user, DriveService drive, CancellationToken ct) =>
            (await drive.DeleteFolderAsync(Actor.From(user), id, ct)).NoContent());
        group.MapDelete("/files/{id:guid}", async (Guid id, ClaimsPrincipal user, DriveService drive, CancellationToken ct) =>
            (await drive.DeleteFileAsync(Actor.From(user), id, ct)).NoContent());
        // API keys only (no cookies reach /api/v1), so there is no cross-site form to guard against.
        group.MapPost("/files", UploadAsync).DisableAntiforgery();
        return api;
    }

    public static IEndpointRouteBuilder MapDriveDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/drive/files/{id:guid}", async (Guid id, ClaimsPrincipal user, DriveService drive, CancellationToken ct) =>
            await drive.OpenAsync(Actor.From(user), id, ct) is { } found ? SafeDownload.File(found.Stream, found.File.ContentType, found.File.FileName) : Results.NotFound())
            .RequireAuthorization(ApiV1.CookieOrApiKey);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ClaimsPrincipal user, DriveService drive, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem("Send multipart/form-data with one or more 'file' parts.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(ct);
        var shared = bool.TryParse(form["shared"], out var s) && s;
        Guid? folder = Guid.TryParse(form["folderId"], out var f) ? f : null;
        var stored = new List<DriveFileView>();
        foreach (var file in form.Files)
        {
            await using var content = file.OpenReadStream();
            var outcome = await drive.UploadAsync(Actor.From(user), shared, folder, file.FileName, file.ContentType, file.Length, content, ct);
            if (!outcome.IsOk)
            {
                return outcome.ToResult();
            }

            stored.Add(outcome.Value!);
        }

        return stored.Count == 0 ? Results.Problem("Send at least one 'file' part.", statusCode: StatusCodes.Status400BadRequest) : Results.Ok(stored);
    }
}
