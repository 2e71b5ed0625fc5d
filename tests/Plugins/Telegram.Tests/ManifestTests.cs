using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class ManifestTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static ConnectorManifest Load() =>
        JsonSerializer.Deserialize<ConnectorManifest>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")), Options)!;

    [Fact]
    public void Manifest_Read_NamesTelegramAssemblyAndAbi()
    {
        var manifest = Load();

        Assert.Equal("telegram", manifest.Id);
        // Telegram needs nothing newer than contract 1.0, so it targets 1.0 and loads on every 1.x host.
        Assert.Equal("1.0", manifest.TargetAbi);
        Assert.Equal(Version.Parse(AbiVersion.Current).Major, Version.Parse(manifest.TargetAbi).Major);
        Assert.Equal(typeof(TelegramConnector).Assembly.GetName().Name + ".dll", manifest.Assembly);
    }

    [Fact]
    public void Manifest_Capabilities_ListOnlyWhatTheConnectorDoes()
    {
        Assert.Equal(
            [ConnectorCapability.Text, ConnectorCapability.Files, ConnectorCapability.EditOutgoing, ConnectorCapability.DeleteOutgoing,
             ConnectorCapability.IncomingEdits, ConnectorCapability.RatingButtons],
            Load().Capabilities);
    }

    [Fact]
    public void Manifest_Settings_TokenRequiredSecretsHiddenUrlDefaulted()
    {
        var settings = Load().Settings.ToDictionary(s => s.Key);

        Assert.True(settings["botToken"] is { Required: true, Secret: true });
        Assert.True(settings["secretToken"] is { Required: false, Secret: true });
        Assert.Equal(SettingType.Url, settings["apiBaseUrl"].Type);
        Assert.Equal("https://api.telegram.org", settings["apiBaseUrl"].DefaultValue);
    }
}
