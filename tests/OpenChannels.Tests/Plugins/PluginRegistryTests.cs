using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins;

public sealed class PluginRegistryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oc-plugins", Guid.NewGuid().ToString("N"));
    private readonly PortalOptions _options;
    private readonly PluginRegistry _registry;

    public PluginRegistryTests()
    {
        _options = new PortalOptions
        {
            DataDirectory = Path.Combine(_root, "data"),
            Database = DatabaseProvider.Sqlite,
            ConnectionString = "unused",
            PublicUrl = new Uri("https://portal.test/"),
            PluginsDirectory = Path.Combine(_root, "plugins"),
        };
        Directory.CreateDirectory(_options.DataDirectory);
        CopyLoopback("loopback");
        _registry = new PluginRegistry(_options, new PluginStateStore(_options), TimeProvider.System, NullLogger<PluginRegistry>.Instance);
    }

    [Fact]
    public async Task Scan_LoopbackPlugin_IsActiveAndHandlesWebhooks()
    {
        await _registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(_registry.List());
        Assert.Equal((PluginStatus.Active, "1.0.0"), (info.Status, info.Version));
        var result = await CallAsync("m-1");
        Assert.Equal(WebhookOutcome.Accepted, result.Outcome);
        Assert.Equal("m-1", Assert.IsType<InboundMessage>(Assert.Single(result.Events)).MessageId);
    }

    [Fact]
    public async Task Load_NewerAbi_IsRefusedWithAReasonPartnersUnderstand()
    {
        EditManifest("loopback", m => m["targetAbi"] = "2.0");

        await _registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(_registry.List());
        Assert.Equal(PluginStatus.NotSupported, info.Status);
        Assert.Equal("targets Abstractions 2.0; this portal provides 1.0", info.Reason);
        Assert.Null(_registry.TryAcquire("loopback"));
    }

    [Fact]
    public async Task Load_AssemblyMissing_IsRefusedAndNeverLoaded()
    {
        File.Delete(Path.Combine(_options.PluginsDirectory, "loopback", "OpenChannels.Plugins.Loopback.dll"));

        await _registry.ScanAsync(CancellationToken.None);

        var info = Assert.Single(_registry.List());
        Assert.Equal(PluginStatus.NotSupported, info.Status);
        Assert.Contains("is not in the plugin folder", info.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swap_UnderConcurrentCalls_NoCallFails_AndNewCallsReachTheNewVersion()
    {
        await _registry.ScanAsync(CancellationToken.None);
        var oldContext = _registry.CurrentContextReference("loopback")!;
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var calls = 0;
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await CallAsync($"w{w}-{Interlocked.Increment(ref calls)}");
                if (result.Outcome != WebhookOutcome.Accepted || result.Events.Count != 1)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        EditManifest("loopback", m => m["version"] = "1.1.0");
        var swapped = await _registry.LoadFolderAsync(Path.Combine(_options.PluginsDirectory, "loopback"), CancellationToken.None);
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Equal(("1.1.0", PluginStatus.Active), (swapped.Version, swapped.Status));
        Assert.Equal(0, failures);
        Assert.True(calls > 10, $"only {calls} calls ran");
        Assert.NotSame(oldContext, _registry.CurrentContextReference("loopback"));
        using var lease = _registry.TryAcquire("loopback")!;
        Assert.Equal("1.1.0", lease.Manifest.Version);
    }

    [Fact]
    public async Task DisableEnableRemove_WorkWithoutRestart_AndDisableSurvivesARestart()
    {
        await _registry.ScanAsync(CancellationToken.None);

        Assert.True(await _registry.SetEnabledAsync("loopback", false, CancellationToken.None));
        Assert.Equal(PluginStatus.Disabled, _registry.Find("loopback")!.Status);
        Assert.Null(_registry.TryAcquire("loopback"));

        using (var restarted = new PluginRegistry(_options, new PluginStateStore(_options), TimeProvider.System, NullLogger<PluginRegistry>.Instance))
        {
            await restarted.ScanAsync(CancellationToken.None);
            Assert.Equal(PluginStatus.Disabled, restarted.Find("loopback")!.Status);
        }

        Assert.True(await _registry.SetEnabledAsync("loopback", true, CancellationToken.None));
        Assert.Equal(WebhookOutcome.Accepted, (await CallAsync("after-enable")).Outcome);

        Assert.True(await _registry.RemoveAsync("loopback", CancellationToken.None));
        Assert.Empty(_registry.List());
        Assert.False(Directory.Exists(Path.Combine(_options.PluginsDirectory, "loopback")));
    }

    private async Task<WebhookResult> CallAsync(string messageId)
    {
        using var lease = _registry.TryAcquire("loopback") ?? throw new InvalidOperationException("no active loopback generation");
        var body = Encoding.UTF8.GetBytes($$"""{"chatId":"c1","messageId":"{{messageId}}","userId":"u1","text":"hi"}""");
        var request = new WebhookRequest
        {
            Method = "POST",
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Loopback-Secret"] = "loopback-secret" },
            Query = new Dictionary<string, string>(),
            Body = body,
        };
        return await lease.Connector.HandleWebhookAsync(Connection(), request, CancellationToken.None);
    }

    private static ConnectionContext Connection() => new()
    {
        ConnectionId = "c-1",
        WebhookUrl = new Uri("https://portal.test/webhooks/c-1"),
        Settings = new Dictionary<string, string> { ["secret"] = "loopback-secret" },
        Http = new NoHttp(),
        Logger = NullLogger.Instance,
        Clock = TimeProvider.System,
        Store = new NoStore(),
    };

    private void CopyLoopback(string name)
    {
        var source = LocateBuiltLoopback();
        var target = Path.Combine(_options.PluginsDirectory, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private void EditManifest(string name, Action<JsonObject> edit)
    {
        var path = Path.Combine(_options.PluginsDirectory, name, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private static string LocateBuiltLoopback()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "plugins", "loopback");
            if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")) && File.Exists(Path.Combine(candidate, "plugin.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("plugins/loopback was not built; build the solution first.");
    }

    public void Dispose()
    {
        _registry.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class NoHttp : IConnectorHttp
    {
        public HttpClient CreateClient() => throw new InvalidOperationException("the loopback webhook path makes no HTTP call");
    }

    private sealed class NoStore : IConnectorStore
    {
        public ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

        public ValueTask SetAsync(string key, string? value, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
