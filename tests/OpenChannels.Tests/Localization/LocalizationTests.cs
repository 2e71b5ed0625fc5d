using System.Globalization;
using System.Net;
using System.Resources;
using OpenChannels.Portal.Identity;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Localization;

public sealed class LocalizationTests
{
    [Theory]
    [InlineData("en", "Sign in")]
    [InlineData("pt-BR", "Entrar")]
    [InlineData("fr", "Connexion")]
    public async Task LoginPage_ChosenCulture_IsRenderedInThatLanguage(string culture, string title)
    {
        using var portal = new PortalFactory();
        await TestAccounts.CreateAsync(portal, "a@example.com", Roles.Agent);
        using var client = portal.CreateClient();

        var set = await client.GetAsync($"/culture/set?culture={culture}&redirectUri=%2Faccount%2Flogin");
        var page = await set.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\"", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_Unsupported_Returns400()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/culture/set?culture=xx")).StatusCode);
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("fr")]
    public void Resources_EveryEnglishString_IsTranslated(string culture)
    {
        var manager = new ResourceManager("OpenChannels.Portal.Resources.SharedResource", typeof(SharedResource).Assembly);
        var english = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<System.Collections.DictionaryEntry>().ToList();
        var translated = manager.GetResourceSet(new CultureInfo(culture), true, false)!.Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);

        Assert.NotEmpty(english);
        var missing = english.Select(e => (string)e.Key).Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        Assert.Empty(missing);
    }
}
