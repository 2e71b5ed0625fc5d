using Microsoft.AspNetCore.Identity;
using OpenChannels.Portal.ApiKeys;

namespace OpenChannels.Portal.Identity;

/// <summary>
/// Start-up work for headless and container installs: roles, the administrator from OPENCHANNELS_ADMIN_EMAIL and
/// OPENCHANNELS_ADMIN_PASSWORD when no user exists, and the OPENCHANNELS_API_KEY automation key.
/// </summary>
public sealed partial class IdentityBootstrapper(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    SetupService setup,
    ApiKeyService keys,
    ILogger<IdentityBootstrapper> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }
        }

        var email = configuration["OPENCHANNELS_ADMIN_EMAIL"];
        var password = configuration["OPENCHANNELS_ADMIN_PASSWORD"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            var result = await setup.CreateFirstAdministratorAsync(email, "Administrator", password, cancellationToken);
            if (result.Succeeded)
            {
                LogAdminCreated(logger, email);
            }
            else if (!result.Errors.Contains("The portal is already set up."))
            {
                throw new InvalidOperationException("OPENCHANNELS_ADMIN_* could not create the administrator: " + string.Join(" ", result.Errors));
            }
        }

        var apiKey = configuration["OPENCHANNELS_API_KEY"];
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(u => !u.IsDisabled).OrderBy(u => u.CreatedAt).FirstOrDefault()
                ?? throw new InvalidOperationException("OPENCHANNELS_API_KEY needs an administrator: set OPENCHANNELS_ADMIN_EMAIL and OPENCHANNELS_ADMIN_PASSWORD, or run the setup page first.");
            await keys.RegisterAsync("OPENCHANNELS_API_KEY", admin.Id, apiKey.Trim(), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created administrator {Email} from OPENCHANNELS_ADMIN_EMAIL")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
