namespace OpenChannels.Portal.Bots;

/// <summary>
/// Body and answer of <c>GET|PUT /api/v1/channels/{id}/bot</c>: the bot for a channel. <see cref="BotId"/> is <c>faq</c> (the default)
/// or a bot plugin's id. The FAQ bot uses <see cref="Rules"/> (one per line, <c>keyword, keyword =&gt; answer</c>),
/// <see cref="HandoverKeywords"/> and <see cref="HandoverText"/>; a plugin bot uses <see cref="Settings"/>, keyed as its manifest's
/// <c>botSettings</c>. <see cref="Available"/> (answers only) lists every bot that can be chosen, with its status.
/// </summary>
public sealed record ChannelBotSettings(
    bool Enabled,
    string? Rules = null,
    string? HandoverKeywords = null,
    string? HandoverText = null,
    string? BotId = null,
    IReadOnlyDictionary<string, string>? Settings = null,
    IReadOnlyList<BotInfo>? Available = null);
