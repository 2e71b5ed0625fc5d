using System.Net;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Bots;

public sealed class BotsPageTests
{
    [Fact]
    public async Task BotsPage_ChannelWithABotPlugin_RendersThePluginsSettingsForm_AndPluginsPageSaysWhatEachProvides()
    {
        await using var desk = await PluginBotTests.StartAsync();
        await PluginBotTests.EnableAsync(desk, "business-hours", new() { ["hours"] = "sat 10:00-14:00" });
        using var client = desk.Portal.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await LoginForm.SubmitAsync(client, Desk.AdminEmail, TestAccounts.Password)).StatusCode);

        var bots = WebUtility.HtmlDecode(await client.GetStringAsync("/bots"));
        var plugins = WebUtility.HtmlDecode(await client.GetStringAsync("/plugins"));

        Assert.Contains("data-setting=\"hours\"", bots, StringComparison.Ordinal);
        Assert.Contains("data-setting=\"closeOutsideHours\"", bots, StringComparison.Ordinal);
        Assert.Contains("sat 10:00-14:00", bots, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"bot-rules\"", bots, StringComparison.Ordinal);
        Assert.Contains(">Bot<", plugins, StringComparison.Ordinal);
        Assert.Contains(">Connector<", plugins, StringComparison.Ordinal);
    }
}
