using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Plugins;

/// <summary>
/// docs/plugins.md promises a partner can build its <c>mycon</c> sample from scratch with only the SDK. This test does exactly that: it
/// takes the project file, the manifest and the connector from the guide's code blocks, builds them outside the repository against the
/// built contract (the guide's "without a checkout" variant), and loads the result in a real registry.
/// </summary>
public sealed partial class PluginDocsTests : IDisposable
{
    private readonly PluginSandbox _sandbox = new();
    private readonly string _work = Path.Combine(Path.GetTempPath(), "oc-docs-plugin", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Guide_SampleBuiltFromItsCodeBlocks_LoadsAndHandlesSignedWebhooks()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(BuiltPlugins.RepositoryRoot, "docs", "plugins.md"));
        var xml = Blocks(guide, "xml");
        var project = xml[0];
        var withoutCheckout = xml[1];
        Assert.Contains("<ProjectReference", project, StringComparison.Ordinal);

        var source = Path.Combine(_work, "Acme.OpenChannels.MyCon");
        Directory.CreateDirectory(Path.Combine(source, "lib"));
        File.Copy(Path.Combine(BuiltPlugins.RepositoryRoot, "src", "Abstractions", "bin", "Release", "net10.0", "OpenChannels.Abstractions.dll"),
            Path.Combine(source, "lib", "OpenChannels.Abstractions.dll"));
        await File.WriteAllTextAsync(Path.Combine(source, "Acme.OpenChannels.MyCon.csproj"), ProjectReferenceLine().Replace(project, withoutCheckout));
        await File.WriteAllTextAsync(Path.Combine(source, "plugin.json"), Blocks(guide, "json")[0]);
        await File.WriteAllTextAsync(Path.Combine(source, "MyConConnector.cs"), Blocks(guide, "csharp")[0]);

        var output = Path.Combine(_work, "out");
        var (exit, log) = await RunAsync("dotnet", source, "build", "-c", "Release", "-nologo", "-v", "q", "-o", output);
        Assert.True(exit == 0, "The guide's sample does not build:\n" + log);
        Assert.False(File.Exists(Path.Combine(output, "OpenChannels.Abstractions.dll")), "the guide's project must not ship the contract");

        _sandbox.Install(output, "mycon");
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        var info = Assert.Single(_sandbox.Registry.List());
        Assert.True(info.Status == PluginStatus.Active, $"mycon is {info.Status}: {info.Reason}");

        var body = """{"type":"message","id":"m-1","chatId":"chat-9","from":"u-3","fromName":"Ana","text":"hello"}"""u8.ToArray();
        var signed = await WebhookAsync(body, WebhookSignature.ComputeHmacSha256Hex(body, "token-1"));
        var message = Assert.IsType<InboundMessage>(Assert.Single(signed.Events));
        Assert.Equal(("chat-9", "m-1", "hello"), (message.ChatId, message.MessageId, message.Text));

        var forged = await WebhookAsync(body, WebhookSignature.ComputeHmacSha256Hex(body, "another-token"));
        Assert.Equal(WebhookOutcome.Rejected, forged.Outcome);
    }

    [Fact]
    public async Task Guide_BotSampleBuiltFromSection8_LoadsAsABotAndAnswersHandsOverAndCloses()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(BuiltPlugins.RepositoryRoot, "docs", "plugins.md"));
        var section = guide[guide.IndexOf("## 8. Bot plugins", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var project = ProjectReferenceLine().Replace(Blocks(guide, "xml")[0], Blocks(guide, "xml")[1])
            .Replace("Acme.OpenChannels.MyCon", "Acme.OpenChannels.Greeter", StringComparison.Ordinal);

        var source = Path.Combine(_work, "Acme.OpenChannels.Greeter");
        Directory.CreateDirectory(Path.Combine(source, "lib"));
        File.Copy(Path.Combine(BuiltPlugins.RepositoryRoot, "src", "Abstractions", "bin", "Release", "net10.0", "OpenChannels.Abstractions.dll"),
            Path.Combine(source, "lib", "OpenChannels.Abstractions.dll"));
        await File.WriteAllTextAsync(Path.Combine(source, "Acme.OpenChannels.Greeter.csproj"), project);
        await File.WriteAllTextAsync(Path.Combine(source, "plugin.json"), Blocks(section, "json")[0]);
        await File.WriteAllTextAsync(Path.Combine(source, "GreeterBot.cs"), Blocks(section, "csharp")[0]);

        var output = Path.Combine(_work, "out-bot");
        var (exit, log) = await RunAsync("dotnet", source, "build", "-c", "Release", "-nologo", "-v", "q", "-o", output);
        Assert.True(exit == 0, "The guide's bot sample does not build:\n" + log);

        _sandbox.Install(output, "greeter");
        await _sandbox.Registry.ScanAsync(CancellationToken.None);
        var info = Assert.Single(_sandbox.Registry.List());
        Assert.True(info.Status == PluginStatus.Active, $"greeter is {info.Status}: {info.Reason}");
        Assert.Equal((true, false), (info.ProvidesBot, info.ProvidesConnector));

        Assert.Equal(BotReply.Answer("Open 8 to 20."), await ReplyAsync("What are your hours?"));
        Assert.Equal(BotReply.Transfer("Thanks, Ana. A colleague will answer you here."), await ReplyAsync("hello"));
        Assert.Equal(BotAction.Close, (await ReplyAsync("bye now")).Action);
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<WebhookResult> WebhookAsync(byte[] body, string signature)
    {
        var request = new WebhookRequest
        {
            Method = "POST",
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-MyCon-Signature"] = signature },
            Query = new Dictionary<string, string>(),
            Body = body,
        };
        var connection = LoopbackCalls.Connection() with { Settings = new Dictionary<string, string> { ["apiToken"] = "token-1" } };
        var call = await _sandbox.Gateway.InvokeAsync("mycon", "webhook", async (c, ct) => await c.HandleWebhookAsync(connection, request, ct), CancellationToken.None);
        Assert.True(call.IsCompleted, "the webhook call did not complete");
        return call.Value!;
    }

    private async Task<BotReply> ReplyAsync(string text)
    {
        var session = new BotSession(Guid.NewGuid(), "Ana", [new BotTurn(true, text, DateTimeOffset.UtcNow)], new Dictionary<string, string> { ["hours"] = "Open 8 to 20." });
        var call = await _sandbox.Gateway.InvokeBotAsync("greeter", "reply", async (bot, ct) => await bot.ReplyAsync(session, ct), CancellationToken.None);
        Assert.True(call.IsCompleted, call.Error);
        return call.Value!;
    }

    /// <summary>The bodies of every fenced code block of one language, in order.</summary>
    private static List<string> Blocks(string markdown, string language) =>
        [.. Regex.Matches(markdown, "^```" + language + @"\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    private static async Task<(int Exit, string Log)> RunAsync(string file, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var log = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        log.Append(await stdout).Append(await stderr);
        return (process.ExitCode, log.ToString());
    }

    [GeneratedRegex(@"^\s*<ProjectReference[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex ProjectReferenceLine();
}
