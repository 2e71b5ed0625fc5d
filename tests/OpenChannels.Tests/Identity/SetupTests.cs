using System.Net;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Identity;

public sealed class SetupTests
{
    [Fact]
    public async Task FirstVisit_NoUser_RedirectsToSetup()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SetupForm_CreatesTheAdministratorOnlyOnce()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var created = await PostSetupAsync(client, "boss@example.com");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var again = await client.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
        var result = await portal.Services.GetRequiredService<SetupService>()
            .CreateFirstAdministratorAsync("second@example.com", "Second", TestAccounts.Password, CancellationToken.None);
        Assert.False(result.Succeeded);
        var users = await portal.Services.GetRequiredService<UserAdminService>().ListAsync(CancellationToken.None);
        var admin = Assert.Single(users);
        Assert.Equal(("boss@example.com", Roles.Administrator), (admin.Email, admin.Role));
    }

    [Fact]
    public async Task AdminVariables_NoUser_CreateTheAdministratorAtStart()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = "ops@example.com",
            ["OPENCHANNELS_ADMIN_PASSWORD"] = TestAccounts.Password,
        });
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var login = await LoginForm.SubmitAsync(client, "ops@example.com", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var admin = Assert.Single(await portal.Services.GetRequiredService<UserAdminService>().ListAsync(CancellationToken.None));
        Assert.Equal(Roles.Administrator, admin.Role);
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient client, string email)
    {
        var token = await LoginForm.ReadTokenAsync(client, "/setup");
        return await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = "Boss",
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.Confirm"] = TestAccounts.Password,
        }));
    }
}
