namespace OpenChannels.Portal.Bots;

/// <summary>
/// Body and answer of <c>GET|PUT /api/v1/channels/{id}/bot</c>: the FAQ bot for a channel. <see cref="Rules"/> holds one rule per line,
/// <c>keyword, keyword =&gt; answer</c>.
/// </summary>
public sealed record ChannelBotSettings(bool Enabled, string? Rules = null, string? HandoverKeywords = null, string? HandoverText = null);
