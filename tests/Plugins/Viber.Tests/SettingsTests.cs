namespace OpenChannels.Plugins.Viber.Tests;

public sealed class SettingsTests
{
    [Fact]
    public async Task ValidateSettings_CompleteSettings_IsValid()
    {
        var validation = await new ViberConnector().ValidateSettingsAsync(ViberTest.Settings(), default);

        Assert.True(validation.IsValid, string.Join("; ", validation.Errors.Values));
    }

    [Fact]
    public async Task ValidateSettings_Empty_ReportsTokenAndSenderName()
    {
        var validation = await new ViberConnector().ValidateSettingsAsync(new Dictionary<string, string>(), default);

        Assert.Equal(["authToken", "senderName"], validation.Errors.Keys.Order());
    }

    [Fact]
    public async Task ValidateSettings_SenderNameOver28Characters_ReportsLimit()
    {
        var settings = ViberTest.Settings();
        settings["senderName"] = new string('n', 29);

        var validation = await new ViberConnector().ValidateSettingsAsync(settings, default);

        Assert.Contains("28", validation.Errors["senderName"], StringComparison.Ordinal);
        Assert.Single(validation.Errors);
    }

    [Theory]
    [InlineData("senderAvatar", "not a url")]
    [InlineData("senderAvatar", "ftp://example.com/a.png")]
    [InlineData("apiBaseUrl", "chatapi.viber.com/pa")]
    public async Task ValidateSettings_BadUrl_ReportsThatSetting(string key, string value)
    {
        var settings = ViberTest.Settings();
        settings[key] = value;

        var validation = await new ViberConnector().ValidateSettingsAsync(settings, default);

        Assert.Equal([key], validation.Errors.Keys);
    }
}
