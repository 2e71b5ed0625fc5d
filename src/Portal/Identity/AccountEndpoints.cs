using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Portal.Identity;

/// <summary>Sign-out, and the first-run redirect to /setup.</summary>
public static class AccountEndpoints
{
    private static readonly string[] SetupExempt = ["/setup", "/_framework", "/_content", "/_blazor", "/css", "/healthz", "/readyz", "/api", "/openapi", "/webhooks", "/culture", "/favicon", "/error"];

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Until the first administrator exists, page requests go to /setup; afterwards /setup goes home.</summary>
    public static IApplicationBuilder UseFirstRunSetup(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var exempt = SetupExempt.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
        if (HttpMethods.IsGet(context.Request.Method) && (!exempt || path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase)))
        {
            var done = await context.RequestServices.GetRequiredService<SetupState>().IsDoneAsync(context.RequestAborted);
            if (!done && !path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect("/setup");
                return;
            }

            if (done && path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect("/");
                return;
            }
        }

        await next(context);
    });
}
