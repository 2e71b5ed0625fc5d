using System.Net;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Identity;

public sealed class LoginTests
{
    [Fact]
    public async Task SignIn_CorrectPassword_SetsAuthCookieAndRedirectsHome()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await LoginForm.SubmitAsync(client, "agent@example.com", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("oc-auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await LoginForm.SubmitAsync(client, "agent@example.com", "wrong-password-" + attempt);
            Assert.Contains("Wrong email or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await LoginForm.SubmitAsync(client, "agent@example.com", "wrong-password-5");
        Assert.Contains("This account is locked", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await LoginForm.SubmitAsync(client, "agent@example.com", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("oc-auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsRefused()
    {
        using var portal = new PortalFactory();
        var id = await TestAccounts.CreateAsync(portal, "gone@example.com", Roles.Agent);
        var users = portal.Services.GetRequiredService<UserAdminService>();
        Assert.True((await users.SetDisabledAsync(id, true, CancellationToken.None)).Succeeded);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await LoginForm.SubmitAsync(client, "gone@example.com", TestAccounts.Password);

        Assert.Contains("This account is disabled.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/channels", "/channels")]
    public void SafeReturnUrl_ExternalTargets_FallBackHome(string given, string expected) =>
        Assert.Equal(expected, LoginService.SafeReturnUrl(given));
}
