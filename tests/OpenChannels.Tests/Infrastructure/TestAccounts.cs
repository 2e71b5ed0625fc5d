using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Tests.Infrastructure;

/// <summary>Creates users through the real administration service.</summary>
public static class TestAccounts
{
    public const string Password = "correct-horse-battery";

    public static async Task<string> CreateAsync(PortalFactory portal, string email, string role)
    {
        var users = portal.Services.GetRequiredService<UserAdminService>();
        var result = await users.CreateAsync(email, email, Password, role, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return (await users.ListAsync(CancellationToken.None)).Single(u => u.Email == email).Id;
    }
}
