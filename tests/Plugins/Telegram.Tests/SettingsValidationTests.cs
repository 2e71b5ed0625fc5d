namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class SettingsValidationTests
{
    private readonly TelegramConnector _connector = new();

    [Fact]
    public async Task ValidateSettings_RealShapedTokenAlone_IsValid()
    {
        var result = await _connector.ValidateSettingsAsync(new Dictionary<string, string> { ["botToken"] = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" }, default);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("110201543:short")]
    [InlineData("bot110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PAL Dsaw")]
    public async Task ValidateSettings_BadToken_ReportsBotToken(string token)
    {
        var result = await _connector.ValidateSettingsAsync(new Dictionary<string, string> { ["botToken"] = token }, default);

        Assert.Contains("botToken", result.Errors.Keys);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("dots.not.allowed")]
    [InlineData("ünïcode")]
    public async Task ValidateSettings_SecretOutsideTelegramCharset_ReportsSecretToken(string secret)
    {
        var result = await _connector.ValidateSettingsAsync(Valid(("secretToken", secret)), default);

        Assert.Equal(["secretToken"], result.Errors.Keys);
    }

    [Fact]
    public async Task ValidateSettings_SecretOf257Chars_ReportsSecretToken()
    {
        var result = await _connector.ValidateSettingsAsync(Valid(("secretToken", new string('a', 257))), default);

        Assert.Equal(["secretToken"], result.Errors.Keys);
    }

    [Fact]
    public async Task ValidateSettings_Secret256CharsOfAllowedAlphabet_IsValid()
    {
        var secret = string.Concat(Enumerable.Repeat("Az09_-", 43))[..256];

        var result = await _connector.ValidateSettingsAsync(Valid(("secretToken", secret)), default);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("api.telegram.org")]
    [InlineData("ftp://api.telegram.org")]
    [InlineData("/relative")]
    public async Task ValidateSettings_ApiBaseUrlNotAbsoluteHttp_ReportsApiBaseUrl(string url)
    {
        var result = await _connector.ValidateSettingsAsync(Valid(("apiBaseUrl", url)), default);

        Assert.Equal(["apiBaseUrl"], result.Errors.Keys);
    }

    [Fact]
    public async Task ValidateSettings_EverythingWrong_ReportsAllAtOnce()
    {
        var settings = new Dictionary<string, string> { ["botToken"] = "nope", ["secretToken"] = "a b", ["apiBaseUrl"] = "nope" };

        var result = await _connector.ValidateSettingsAsync(settings, default);

        Assert.Equal(["apiBaseUrl", "botToken", "secretToken"], result.Errors.Keys.Order());
    }

    private static Dictionary<string, string> Valid((string Key, string Value) extra) => new()
    {
        ["botToken"] = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        [extra.Key] = extra.Value,
    };
}
