using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Plugins.Packages;

namespace OpenChannels.Portal.Plugins;

/// <summary><c>/api/v1/connectors</c>: the connector plugins, their status, reason and last error; install, disable, enable, remove (administrators).</summary>
public static class PluginsApi
{
    public static RouteGroupBuilder MapPluginsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/connectors").RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        group.MapGet("/", (PluginRegistry registry) => TypedResults.Ok(registry.List()));
        group.MapGet("/{id}", Results<Ok<PluginInfo>, NotFound> (string id, PluginRegistry registry) =>
            registry.Find(id) is { } info ? TypedResults.Ok(info) : TypedResults.NotFound());
        MapUpload(group, ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<PluginHostOptions>().MaxPackageBytes);
        group.MapPost("/{id}/disable", async Task<Results<NoContent, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.SetEnabledAsync(id, false, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        group.MapPost("/{id}/enable", async Task<Results<Ok<PluginInfo>, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.SetEnabledAsync(id, true, ct) ? TypedResults.Ok(registry.Find(id)!) : TypedResults.NotFound());
        group.MapDelete("/{id}", async Task<Results<NoContent, NotFound>> (string id, PluginRegistry registry, CancellationToken ct) =>
            await registry.RemoveAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        return api;
    }

    /// <summary>
    /// <c>POST /api/v1/connectors</c>, multipart with one file: a plugin package. 201 with the installed plugin, or 400 with the
    /// check that failed. Bearer API keys are not sent by browsers on their own, so there is no antiforgery token to check.
    /// </summary>
    private static void MapUpload(RouteGroupBuilder group, long maxPackageBytes)
    {
        var bodyLimit = maxPackageBytes + (1024 * 1024); // room for the multipart envelope; the installer applies the exact limit
        group.MapPost("/", async Task<Results<Created<PluginInfo>, ProblemHttpResult>> (HttpRequest request, PluginPackageInstaller installer, CancellationToken ct) =>
            {
                if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files is not [var file, ..])
                {
                    return Refused("send the package as multipart/form-data with one file");
                }

                await using var stream = file.OpenReadStream();
                var result = await installer.InstallAsync(stream, null, ct);
                return result.Plugin is { } plugin
                    ? TypedResults.Created($"/api/v1/connectors/{plugin.Id}", plugin)
                    : Refused(result.Error!);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: bodyLimit);
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The plugin package was refused");
}
