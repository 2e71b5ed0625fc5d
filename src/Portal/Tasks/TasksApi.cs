using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Tasks;

/// <summary><c>/api/v1/tasks</c>: the caller's tasks (<c>?all=true</c>: everyone's, for supervisors), create (also from a message), change, delete.</summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks");
        group.MapGet("/", async (bool? all, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            Results.Ok(await tasks.ListAsync(Actor.From(user), all == true, ct)));
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            (await tasks.GetAsync(Actor.From(user), id, ct)).ToResult());
        group.MapPost("/", async (TaskInput input, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            (await tasks.CreateAsync(Actor.From(user), input, ct)).ToResult(t => Results.Created($"/api/v1/tasks/{t.Id}", t)));
        group.MapPut("/{id:guid}", async (Guid id, TaskInput input, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            (await tasks.UpdateAsync(Actor.From(user), id, input, ct)).ToResult());
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            (await tasks.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        return api;
    }
}
