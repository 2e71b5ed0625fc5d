using System.Text.Json;
using OpenChannels.Abstractions.Bots;

namespace OpenChannels.TestPlugins.ScriptedBot;

/// <summary>
/// A bot whose client scripts it: "human" hands over, "bye" closes, "throw" throws, "hang" never answers and ignores cancellation;
/// anything else is echoed as "prefix version: text", where version is read from the plugin.json loaded with it (so a swap shows).
/// </summary>
public sealed class ScriptedBot : IBot
{
    private readonly string _version = ReadVersion();

    public async ValueTask<BotReply> ReplyAsync(BotSession session, CancellationToken cancellationToken)
    {
        var text = session.Turns.Last(t => t.FromClient).Text.Trim();
        switch (text)
        {
            case "human":
                return BotReply.Transfer("Passing you to a person.");
            case "bye":
                return BotReply.Close("Goodbye.");
            case "throw":
                throw new InvalidOperationException("scripted failure");
            case "hang":
                await Task.Delay(Timeout.Infinite, CancellationToken.None);
                break;
        }

        return BotReply.Answer($"{session.Settings.GetValueOrDefault("prefix")} {_version}: {text}");
    }

    private static string ReadVersion()
    {
        var manifest = Path.Combine(Path.GetDirectoryName(typeof(ScriptedBot).Assembly.Location)!, "plugin.json");
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("version").GetString()!;
    }
}
