using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Manifest;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginManifestReaderTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new();

    [Fact]
    public void Read_ConnectorManifestWithoutProvides_ProvidesAConnector()
    {
        var (manifest, error) = PluginManifestReader.Read(BuiltPlugins.Loopback);

        Assert.Null(error);
        Assert.Equal([PluginFeature.Connector], manifest!.Provides);
        Assert.Empty(manifest.BotSettings);
    }

    [Theory]
    [InlineData("1.1", "a plugin that provides a bot targets Abstractions 1.2 or later, not 1.1")]
    [InlineData("1.0", "a plugin that provides a bot targets Abstractions 1.2 or later, not 1.0")]
    public void Read_BotPluginTargetingAnOlderContract_IsRefusedWithTheReason(string targetAbi, string reason)
    {
        var folder = _sandbox.Install(BuiltPlugins.TestOnly("scripted-bot"), "scripted-bot");
        PluginSandbox.EditManifest(folder, m => m["targetAbi"] = targetAbi);

        Assert.Equal(reason, PluginManifestReader.Read(folder).Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Read_MaxFileMbNotAbove0_IsRefusedWithTheReason(int mb)
    {
        var folder = _sandbox.Install(BuiltPlugins.Loopback, "loopback");
        PluginSandbox.EditManifest(folder, m => m["maxFileMb"] = mb);

        Assert.Equal("\"maxFileMb\" in plugin.json must be a whole number of megabytes above 0", PluginManifestReader.Read(folder).Error);
    }

    [Fact]
    public void Read_FirstPartyMessengers_DeclareTheirOwnFileLimits()
    {
        Assert.Equal(50, PluginManifestReader.Read(BuiltPlugins.Locate("telegram")).Manifest!.MaxFileMb);
        Assert.Equal(25, PluginManifestReader.Read(BuiltPlugins.Locate("facebook")).Manifest!.MaxFileMb);
    }

    [Fact]
    public void Read_EmptyProvides_IsRefused()
    {
        var folder = _sandbox.Install(BuiltPlugins.TestOnly("scripted-bot"), "scripted-bot");
        PluginSandbox.EditManifest(folder, m => m["provides"] = new JsonArray());

        Assert.Contains("\"provides\" in plugin.json is empty", PluginManifestReader.Read(folder).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_BotPluginThatAlsoClaimsAConnectorItLacks_IsFaultedWithTheReason()
    {
        var folder = _sandbox.Install(BuiltPlugins.TestOnly("scripted-bot"), "scripted-bot");
        PluginSandbox.EditManifest(folder, m => m["provides"] = new JsonArray("connector", "bot"));

        var info = await _sandbox.Registry.LoadFolderAsync(folder, CancellationToken.None);

        Assert.Equal(PluginStatus.Faulted, info.Status);
        Assert.Equal("OpenChannels.TestPlugins.ScriptedBot.dll has no single public IConnector implementation", info.Reason);
    }

    [Fact]
    public async Task ConnectorCall_OnABotOnlyPlugin_IsUnavailableWithoutReachingIt()
    {
        var folder = _sandbox.Install(BuiltPlugins.TestOnly("scripted-bot"), "scripted-bot");
        Assert.Equal(PluginStatus.Active, (await _sandbox.Registry.LoadFolderAsync(folder, CancellationToken.None)).Status);

        var call = await _sandbox.Gateway.InvokeAsync("scripted-bot", "send", (c, ct) => Task.FromResult(c.GetType().Name), CancellationToken.None);

        Assert.Equal((ConnectorCallStatus.Unavailable, "the plugin 'scripted-bot' does not provide a connector"), (call.Status, call.Error));
    }

    public void Dispose() => _sandbox.Dispose();
}
