using OpenChannels.Abstractions.Bots;

namespace OpenChannels.Portal.Bots;

/// <summary>The bots administrators can enable per channel: today the first-party FAQ bot.</summary>
public sealed class BotCatalog
{
    private readonly Dictionary<string, IBot> _bots = new(StringComparer.Ordinal) { [FaqBot.Id] = new FaqBot() };

    public IBot? Find(string id) => _bots.GetValueOrDefault(id);
}
