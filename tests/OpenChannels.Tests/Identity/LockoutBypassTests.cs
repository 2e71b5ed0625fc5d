using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Identity;

/// <summary>
/// The sign-in form is the only place a password is checked. These tests lock an account there and then try every other way in:
/// other spellings of the email, JSON login endpoints (ASP.NET Identity's MapIdentityApi routes included), the password sent as
/// an API key or as Basic credentials, and the setup page.
/// </summary>
public sealed class LockoutBypassTests
{
    private const string Email = "agent@example.com";

    public static TheoryData<string> EmailSpellings => new() { "AGENT@EXAMPLE.COM", "Agent@Example.com", " agent@example.com", "agent@example.com ", "\tagent@example.com\u00a0" };

    public static TheoryData<string> JsonLoginRoutes => new()
    {
        "/login", "/register", "/refresh", "/manage/info", "/identity/login", "/account/login/json", "/api/login", "/api/token",
        "/api/v1/login", "/api/v1/token", "/api/v1/account/login", "/api/v1/auth/login", "/connect/token", "/widget/login",
    };

    [Theory]
    [MemberData(nameof(EmailSpellings))]
    public async Task SignIn_LockedAccount_OtherSpellingOfTheEmailWithTheRightPassword_StaysLocked(string spelling)
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, Email, Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await LockAsync(client);

        var response = await LoginForm.SubmitAsync(client, spelling, TestAccounts.Password);

        Assert.Contains("This account is locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(SetsAuthCookie(response));
    }

    [Fact]
    public async Task SignIn_FailuresSpreadOverSpellingsOfTheEmail_CountTowardsOneLockout()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, Email, Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var spelling in EmailSpellings)
        {
            await LoginForm.SubmitAsync(client, spelling, "wrong-password");
        }

        var right = await LoginForm.SubmitAsync(client, Email, TestAccounts.Password);
        Assert.Contains("This account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(SetsAuthCookie(right));
    }

    [Theory]
    [MemberData(nameof(JsonLoginRoutes))]
    public async Task Post_JsonCredentialsToALoginLikeRoute_NeverSignsInNorIssuesAToken(string route)
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, Email, Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await LockAsync(client);

        var response = await client.PostAsJsonAsync(route + "?useCookies=true", new { email = Email, password = TestAccounts.Password });
        var body = await response.Content.ReadAsStringAsync();

        Assert.False(response.IsSuccessStatusCode, $"{route} answered {(int)response.StatusCode}");
        Assert.False(SetsAuthCookie(response), $"{route} set a sign-in cookie");
        Assert.DoesNotContain("accessToken", body, StringComparison.OrdinalIgnoreCase);
        Assert.True((int)response.StatusCode < 500, $"{route} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Api_PasswordAsBearerOrBasicCredentials_Returns401()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, Email, Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await LockAsync(client);

        foreach (var header in new[]
        {
            new AuthenticationHeaderValue("Bearer", TestAccounts.Password),
            new AuthenticationHeaderValue("Bearer", Email + ":" + TestAccounts.Password),
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Email + ":" + TestAccounts.Password))),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = header } };
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Setup_PostAfterSetup_CreatesNoAccountAndSignsNobodyIn()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, Email, Roles.Administrator);
        portal.Services.GetRequiredService<SetupState>().MarkDone();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await LockAsync(client);

        var response = await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = await LoginForm.ReadTokenAsync(client, "/account/login"),
            ["Input.Email"] = Email,
            ["Input.DisplayName"] = "Intruder",
            ["Input.Password"] = TestAccounts.Password,
            ["Input.Confirm"] = TestAccounts.Password,
        }));

        Assert.False(SetsAuthCookie(response));
        Assert.Single(await portal.Services.GetRequiredService<UserAdminService>().ListAsync(CancellationToken.None));
    }

    private static async Task LockAsync(HttpClient client)
    {
        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            last = await LoginForm.SubmitAsync(client, Email, "wrong-password-" + attempt);
        }

        Assert.Contains("This account is locked", await last!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("oc-auth=", StringComparison.Ordinal));
}
