using System.Net;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginsPageTests
{
    [Fact]
    public async Task PluginsPage_ShowsUploadTheRefusalReasonAndLastError()
    {
        using var portal = new PortalFactory();
        PluginSandbox.CopyFolder(BuiltPlugins.TestOnly("missing-dependency"), Path.Combine(portal.DataDirectory, "plugins", "missing-dependency"));
        await TestAccounts.CreateAsync(portal, "admin@example.com", Roles.Administrator);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await LoginForm.SubmitAsync(client, "admin@example.com", TestAccounts.Password)).StatusCode);
        var registry = portal.Services.GetRequiredService<OpenChannels.Portal.Plugins.PluginRegistry>();
        await Eventually.TrueAsync(() => registry.Find("missing-dependency") is not null, "loading the plugins folder");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/plugins"));

        Assert.Contains("Install a plugin package (.zip)", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plugin-upload\"", page, StringComparison.Ordinal);
        Assert.Contains("a dependency is missing: ", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plugin-last-error\"", page, StringComparison.Ordinal);
    }
}
