using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.InternalChats;

/// <summary>
/// <c>/api/v1/internal-chats</c>: rooms (list, create, read), their messages and members, and
/// <c>POST /api/v1/messages/{messageId}/internal-chat</c> ("Discuss in a new internal chat").
/// </summary>
public static class InternalChatsApi
{
    public static RouteGroupBuilder MapInternalChatsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/internal-chats");
        group.MapGet("/", async (ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) => Results.Ok(await chats.ListAsync(Actor.From(user), ct)));
        group.MapPost("/", async (InternalChatInput input, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.CreateAsync(Actor.From(user), input, ct)).ToResult(c => Results.Created($"/api/v1/internal-chats/{c.Id}", c)));
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.GetAsync(Actor.From(user), id, ct)).ToResult());
        group.MapGet("/{id:guid}/messages", async (Guid id, long? before, int? limit, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.MessagesAsync(Actor.From(user), id, before, limit ?? 50, ct)).ToResult());
        group.MapPost("/{id:guid}/messages", async (Guid id, NewChatMessage input, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.PostAsync(Actor.From(user), id, input, ct)).ToResult(m => Results.Created($"/api/v1/internal-chats/{id}/messages/{m}", new { id = m })));
        group.MapPost("/{id:guid}/members", async (Guid id, ChatMembersInput input, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.AddMembersAsync(Actor.From(user), id, input.UserIds ?? [], ct)).ToResult());
        group.MapDelete("/{id:guid}/members/me", async (Guid id, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.LeaveAsync(Actor.From(user), id, ct)).NoContent());
        api.MapPost("/messages/{messageId:long}/internal-chat", async (long messageId, ClaimsPrincipal user, InternalChatService chats, CancellationToken ct) =>
            (await chats.CreateFromMessageAsync(Actor.From(user), messageId, null, ct)).ToResult(c => Results.Created($"/api/v1/internal-chats/{c.Id}", c)));
        return api;
    }
}
