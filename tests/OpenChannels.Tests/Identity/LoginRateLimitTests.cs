using System.Net;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Identity;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task SignIn_MorePostsThanTheLimit_Returns429WithRetryAfter_ButThePageStillRenders()
    {
        using var portal = new PortalFactory(settings: new Dictionary<string, string?> { ["OPENCHANNELS_LOGIN_ATTEMPTS_PER_MINUTE"] = "3" });
        await TestAccounts.CreateAsync(portal, "agent@example.com", Roles.Agent);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wrong = await LoginForm.SubmitAsync(client, "agent@example.com", "wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var limited = await LoginForm.SubmitAsync(client, "agent@example.com", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(limited.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("oc-auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
