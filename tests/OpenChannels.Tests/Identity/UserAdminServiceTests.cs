using System.Net;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Identity;

public sealed class UserAdminServiceTests
{
    [Fact]
    public async Task ResetPassword_LockedOutUser_SignsInWithTheNewPasswordOnly()
    {
        using var portal = new PortalFactory();
        var id = await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await LoginForm.SubmitAsync(client, "agent@example.com", "wrong-password-x");
        }

        var users = portal.Services.GetRequiredService<UserAdminService>();
        Assert.True((await users.ListAsync(CancellationToken.None)).Single().IsLockedOut);
        Assert.True((await users.ResetPasswordAsync(id, "brand-new-password-1", CancellationToken.None)).Succeeded);

        Assert.Equal(HttpStatusCode.OK, (await LoginForm.SubmitAsync(client, "agent@example.com", TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginForm.SubmitAsync(client, "agent@example.com", "brand-new-password-1")).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_TooShort_IsRefusedWithIdentitysMessage()
    {
        using var portal = new PortalFactory();
        var id = await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);

        var result = await portal.Services.GetRequiredService<UserAdminService>().ResetPasswordAsync(id, "short", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("at least 10 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetRole_ReplacesTheRole_AndUnknownRolesAreRefused()
    {
        using var portal = new PortalFactory();
        var id = await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);
        var users = portal.Services.GetRequiredService<UserAdminService>();

        Assert.True((await users.SetRoleAsync(id, Roles.Supervisor, CancellationToken.None)).Succeeded);
        Assert.False((await users.SetRoleAsync(id, "Owner", CancellationToken.None)).Succeeded);

        Assert.Equal(Roles.Supervisor, (await users.ListAsync(CancellationToken.None)).Single().Role);
    }
}
