using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Components;
using OpenChannels.Portal.Components.ClientScript;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data.Schema;
using OpenChannels.Portal.Statistics;
using OpenChannels.Portal.Webhooks;
using OpenChannels.Portal.Widget;
using OpenChannels.Portal.Health;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Localization;

namespace OpenChannels.Portal.Hosting;

/// <summary>The request pipeline and start-up work: <c>await app.UsePortalAsync()</c>.</summary>
public static class PortalApplicationExtensions
{
    public static async Task UsePortalAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<SchemaUpgrader>().UpgradeAsync(CancellationToken.None);
        await app.Services.GetRequiredService<IdentityBootstrapper>().RunAsync(CancellationToken.None);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePages(context =>
        {
            // API callers get ProblemDetails; browsers get the status page of the framework.
            var http = context.HttpContext;
            return http.Request.Path.StartsWithSegments("/api") && !http.Response.HasStarted
                ? Results.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http)
                : Task.CompletedTask;
        });
        app.UseRequestLocalization();
        app.UseFirstRunSetup();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapBlazorClientScript();
        app.MapHealthEndpoints();
        app.MapCultureEndpoints();
        app.MapAccountEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiV1();
        app.MapWebhooks();
        app.MapWidget();
        app.MapFiles();
        app.MapStatisticsExport();
        app.MapTranscriptDownload();
        app.MapCrmExports();
        app.MapCrmForms();
        app.MapAgentToolsDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(SecurityHeaders.LeavePolicyToPortal).RequireLoginRateLimit();
    }
}
