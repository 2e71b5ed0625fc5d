using OpenChannels.Abstractions.Bots;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Bots;

/// <summary>
/// The bots administrators can enable per channel: the first-party FAQ bot, and every plugin whose manifest provides a bot. A plugin
/// bot is called through <see cref="ConnectorGateway"/> (lease, limits, timeout, breaker) like a connector.
/// </summary>
public sealed class BotCatalog(PluginRegistry registry, ConnectorGateway gateway)
{
    private static readonly BotInfo Faq = new(FaqBot.Id, "FAQ", BuiltIn: true, PluginStatus.Active, null, []);
    private readonly FaqBot _faq = new();

    public IReadOnlyList<BotInfo> List() =>
        [Faq, .. registry.List().Where(p => p.ProvidesBot && p.Id != FaqBot.Id).Select(ToInfo)];

    public BotInfo? Find(string id) =>
        id == FaqBot.Id ? Faq : registry.Find(id) is { ProvidesBot: true } plugin ? ToInfo(plugin) : null;

    /// <summary>The bot's answer; throws when a plugin bot is unavailable, fails or times out (the caller hands the session over).</summary>
    public async Task<BotReply> ReplyAsync(string id, BotSession session, CancellationToken cancellationToken)
    {
        if (id == FaqBot.Id)
        {
            return await _faq.ReplyAsync(session, cancellationToken);
        }

        var result = await gateway.InvokeBotAsync(id, "reply", async (bot, ct) => await bot.ReplyAsync(session, ct), cancellationToken, registry.HostOptions.BotTimeout);
        return result is { IsCompleted: true, Value: { } reply } ? reply : throw new InvalidOperationException(result.Error ?? $"the bot '{id}' gave no reply");
    }

    private static BotInfo ToInfo(PluginInfo plugin) =>
        new(plugin.Id, plugin.Name, BuiltIn: false, plugin.Status, plugin.Reason, plugin.BotSettings ?? []);
}
