using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Webhooks;

public sealed class WebhookSwapTests
{
    [Fact]
    public async Task PluginReplaced_UnderAStreamOfWebhooks_NoRequestFails_NoMessageIsLost()
    {
        await using var desk = await Desk.StartAsync(settings: new Dictionary<string, string?> { ["OPENCHANNELS_WEBHOOK_RATE"] = "100000" });
        var registry = desk.Portal.Services.GetRequiredService<PluginRegistry>();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var sent = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                Interlocked.Increment(ref sent);
                statuses.Add((await desk.ClientWritesAsync($"w{w} n{n}", $"w{w}-m{n}", chatId: $"chat-{w}", userId: $"user-{w}")).StatusCode);
            }
        })).ToArray();
        await Desk.EventuallyAsync(() => Task.FromResult(statuses.Count > 50), "webhooks flow before the swap");

        // A new version, staged beside plugins/ and moved into place as docs/plugins.md says.
        var plugins = Path.Combine(desk.Portal.DataDirectory, "plugins");
        var staged = Path.Combine(desk.Portal.DataDirectory, "loopback-1.1.0");
        BuiltPlugins.CopyTo("loopback", desk.Portal.DataDirectory, "loopback-1.1.0");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(staged, "plugin.json")))!;
        manifest["version"] = "1.1.0";
        await File.WriteAllTextAsync(Path.Combine(staged, "plugin.json"), manifest.ToJsonString());
        Directory.Move(Path.Combine(plugins, "loopback"), Path.Combine(desk.Portal.DataDirectory, "loopback-retired"));
        Directory.Move(staged, Path.Combine(plugins, "loopback"));
        await Desk.EventuallyAsync(() => Task.FromResult(registry.Find("loopback")?.Version == "1.1.0"), "1.1.0 is swapped in", seconds: 60);
        var atSwap = statuses.Count;
        await Desk.EventuallyAsync(() => Task.FromResult(statuses.Count > atSwap + 50), "webhooks flow after the swap", seconds: 60);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await using var db = desk.Db();
        Assert.Equal(sent, await db.Messages.CountAsync(m => m.Kind == MessageKind.Client));
    }
}
