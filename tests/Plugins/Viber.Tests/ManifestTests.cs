using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Plugins.Viber.Tests;

public sealed class ManifestTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static ConnectorManifest Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugin.json");
        return JsonSerializer.Deserialize<ConnectorManifest>(File.ReadAllText(path), Options)!;
    }

    [Fact]
    public void Manifest_Capabilities_AreWhatViberCanDo()
    {
        var manifest = Load();

        Assert.Equal(("viber", "1.0", "OpenChannels.Plugins.Viber.dll"), (manifest.Id, manifest.TargetAbi, manifest.Assembly));
        Assert.Equal([ConnectorCapability.Text, ConnectorCapability.Files, ConnectorCapability.ReadReceipts, ConnectorCapability.RatingButtons], manifest.Capabilities);
    }

    [Fact]
    public void Manifest_Settings_DescribeTokenSenderWelcomeAndBaseUrl()
    {
        var settings = Load().Settings.ToDictionary(s => s.Key);

        Assert.Equal(["authToken", "senderName", "senderAvatar", "welcomeMessage", "apiBaseUrl"], settings.Keys);
        Assert.True(settings["authToken"].Secret && settings["authToken"].Required);
        Assert.True(settings["senderName"].Required);
        Assert.Equal(SettingType.Url, settings["senderAvatar"].Type);
        Assert.Equal(SettingType.MultilineText, settings["welcomeMessage"].Type);
        Assert.Equal("https://chatapi.viber.com/pa", settings["apiBaseUrl"].DefaultValue);
    }
}
