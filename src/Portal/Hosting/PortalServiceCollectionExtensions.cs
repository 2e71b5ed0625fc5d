using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.AgentTools;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Cluster;
using OpenChannels.Portal.ApiKeys;
using OpenChannels.Portal.Connections.Polling;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Crm;
using OpenChannels.Portal.Data;
using OpenChannels.Portal.Data.Schema;
using OpenChannels.Portal.Diagnostics;
using OpenChannels.Portal.Health;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Jobs;
using OpenChannels.Portal.Localization;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Webhooks;
using OpenChannels.Portal.Widget;
using Quartz;
using Radzen;

namespace OpenChannels.Portal.Hosting;

/// <summary>Wires the whole portal: <c>builder.AddPortal()</c>.</summary>
public static class PortalServiceCollectionExtensions
{
    public static PortalOptions AddPortal(this WebApplicationBuilder builder)
    {
        var options = PortalOptions.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(options.DataDirectory);
        Directory.CreateDirectory(options.KeysDirectory);
        Directory.CreateDirectory(options.UploadsDirectory);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        if (!string.Equals(builder.Configuration["OPENCHANNELS_LOG_FORMAT"], "text", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        services.AddSingleton<SqliteWriteGate>();
        services.AddDbContextFactory<AppDbContext>((sp, db) => _ = options.Database == DatabaseProvider.Sqlite
            ? db.UseSqlite(options.ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance, sp.GetRequiredService<SqliteWriteGate>())
            : db.UseNpgsql(options.ConnectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton<SchemaUpgrader>();

        services.AddCluster(options);
        AddIdentity(services);
        services.AddPluginHost();
        services.AddPortalJobs(options);
        services.AddOpenChannels();
        services.AddConnectionPolling();
        services.AddCrm();
        services.AddAgentTools();
        services.AddWidget(builder.Configuration);
        services.AddDiagnostics();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en");
            o.SupportedCultures = [.. PortalCultures.Supported];
            o.SupportedUICultures = [.. PortalCultures.Supported];
            o.FallBackToParentUICultures = true;
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddScoped<Components.BrowserTime>();
        services.AddRadzenCookieThemeService(o =>
        {
            o.Name = "oc-theme";
            o.Duration = TimeSpan.FromDays(365);
        });
        // Enums read as words in the API ("Active", not 0).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [HealthEndpoints.ReadyTag])
            .AddQuartz(o => o.Tags.Add(HealthEndpoints.ReadyTag));
        services.AddRateLimiter(o =>
        {
            o.AddLoginPolicy(builder.Configuration);
            o.AddCrmFormPolicy(builder.Configuration);
            var perSecond = int.TryParse(builder.Configuration["OPENCHANNELS_WEBHOOK_RATE"], System.Globalization.CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : 100;
            o.AddPolicy(WebhookEndpoints.RateLimit, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Request.RouteValues["connectionId"]?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions { TokenLimit = perSecond * 5, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0 }));
        });
        return options;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "oc-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
        });
        // A password change or a disable changes the security stamp; cookies and circuits are re-checked every minute.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>(SessionRevalidation.Configure);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiV1.Policy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(ApiV1.CookieOrApiKey, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<UserAdminService>();
        services.AddSingleton<SetupState>();
        services.AddSingleton<SetupService>();
        services.AddSingleton<IdentityBootstrapper>();
        services.AddScoped<LoginService>();
    }
}
