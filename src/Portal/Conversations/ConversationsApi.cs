using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Conversations;

/// <summary><c>/api/v1/conversations</c>: lists, history, replies and whispers, and every operator action.</summary>
public static class ConversationsApi
{
    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/conversations");
        group.MapGet("/", async (string? status, Guid? channelId, int? limit, ClaimsPrincipal user, ConversationQueries queries, CancellationToken ct) =>
        {
            ConversationStatus? parsed = null;
            if (status is not null)
            {
                if (!Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                {
                    return Results.Problem("status must be unanswered, active or closed.", statusCode: StatusCodes.Status400BadRequest);
                }

                parsed = s;
            }

            return Results.Ok(await queries.ListAsync(Actor.From(user), parsed, channelId, limit ?? 100, ct));
        });
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ConversationQueries queries, CancellationToken ct) =>
            (await queries.GetAsync(Actor.From(user), id, ct)).ToResult());
        group.MapGet("/{id:guid}/messages", async (Guid id, long? before, int? limit, ClaimsPrincipal user, ConversationQueries queries, CancellationToken ct) =>
            (await queries.MessagesAsync(Actor.From(user), id, null, before, limit ?? 50, ct)).ToResult());
        group.MapPost("/{id:guid}/messages", async (Guid id, NewMessage input, ClaimsPrincipal user, MessageService messages, ConversationQueries queries, CancellationToken ct) =>
        {
            var actor = Actor.From(user);
            var posted = await messages.PostAsync(actor, id, input, ct);
            if (!posted.IsOk)
            {
                return posted.ToResult();
            }

            var page = await queries.MessagesAsync(actor, id, null, posted.Value + 1, 1, ct);
            return Results.Created($"/api/v1/conversations/{id}/messages/{posted.Value}", page.Value!.Single());
        });
        group.MapPut("/{id:guid}/messages/{messageId:long}", async (Guid id, long messageId, NewMessage input, ClaimsPrincipal user, MessageService messages, CancellationToken ct) =>
            (await messages.EditAsync(Actor.From(user), messageId, input.Text, ct)).NoContent());
        group.MapDelete("/{id:guid}/messages/{messageId:long}", async (Guid id, long messageId, ClaimsPrincipal user, MessageService messages, CancellationToken ct) =>
            (await messages.DeleteAsync(Actor.From(user), messageId, ct)).NoContent());
        group.MapGet("/{id:guid}/transcript", TranscriptAsync);
        group.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, HttpRequest request, ClaimsPrincipal user, ConversationOperations operations, CancellationToken ct) =>
        {
            var body = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0
                ? await request.ReadFromJsonAsync<ActionBody>(ct) ?? new ActionBody()
                : new ActionBody();
            return (await operations.RunAsync(Actor.From(user), id, action, body, ct)).NoContent();
        });
        return api;
    }

    /// <summary>The transcript download for signed-in employees (the chat screen's export button).</summary>
    public static IEndpointRouteBuilder MapTranscriptDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/conversations/{id:guid}/transcript", TranscriptAsync).RequireAuthorization(ApiV1.CookieOrApiKey);
        return endpoints;
    }

    private static async Task<IResult> TranscriptAsync(Guid id, string? format, ClaimsPrincipal user, TranscriptWriter transcripts, CancellationToken ct)
    {
        var html = !string.Equals(format, "text", StringComparison.OrdinalIgnoreCase);
        return (await transcripts.WriteAsync(Actor.From(user), id, html, ct)).ToResult(body => Results.File(
            System.Text.Encoding.UTF8.GetBytes(body), html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", $"conversation-{id:N}.{(html ? "html" : "txt")}"));
    }
}
