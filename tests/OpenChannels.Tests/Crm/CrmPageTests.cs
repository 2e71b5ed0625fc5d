using System.Net;
using OpenChannels.Portal.Tests.Connectors;
using OpenChannels.Portal.Tests.Connectors.Fakes;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Crm;

public sealed class CrmPageTests
{
    [Theory]
    [InlineData("en", "Page comments", "Comment import", "Run now")]
    [InlineData("pt-BR", "Comentários da página", "Importação de comentários", "Executar agora")]
    [InlineData("fr", "Commentaires de la page", "Import des commentaires", "Lancer maintenant")]
    public async Task CrmPage_AfterAnImport_ListsTheCommentsAndTheImportStatusInTheChosenLanguage(string culture, string tab, string import, string runNow)
    {
        await using var desk = await PageCommentTests.ImportedAsync(await FakeMetaGraph.StartAsync());
        using var browser = desk.Portal.CreateClient();
        (await LoginForm.SubmitAsync(browser, Desk.AdminEmail, TestAccounts.Password)).EnsureSuccessStatusCode();

        var response = await browser.GetAsync($"/culture/set?culture={culture}&redirectUri=%2Fcrm");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(tab, page, StringComparison.Ordinal);
        Assert.Contains(import, page, StringComparison.Ordinal);
        Assert.Contains(runNow, page, StringComparison.Ordinal);
        Assert.Contains("Facebook Messenger", page, StringComparison.Ordinal);
        Assert.Contains("Good job!😏", page, StringComparison.Ordinal);
        Assert.Contains("Kun Liu", page, StringComparison.Ordinal);
        Assert.Contains(FakeGraphPage.PostA, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrmPage_Anonymous_IsSentToSignIn()
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, "agent@example.com", OpenChannels.Portal.Identity.Roles.Agent);
        using var browser = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.GetAsync("/crm");

        Assert.Contains("/account/login", response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
