using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Telegram.Outbound;

/// <summary>
/// Remembers which calls of a multi-call send already went through, keyed by the portal's message id, so that a retry
/// after a failure halfway does not send the first files twice.
/// </summary>
internal sealed class TelegramSendProgress
{
    private readonly IConnectorStore? _store;
    private readonly string _key;
    private readonly List<string> _sent;

    private TelegramSendProgress(IConnectorStore? store, string key, List<string> sent) => (_store, _key, _sent) = (store, key, sent);

    public int Count => _sent.Count;

    public string First => _sent[0];

    /// <summary>Loads earlier progress; with <paramref name="persist"/> false nothing is read or written.</summary>
    public static async ValueTask<TelegramSendProgress> LoadAsync(IConnectorStore store, string localId, bool persist, CancellationToken cancellationToken)
    {
        if (!persist || string.IsNullOrEmpty(localId))
        {
            return new TelegramSendProgress(null, "", []);
        }

        var key = "send-progress:" + localId;
        var saved = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return new TelegramSendProgress(store, key, saved is null ? [] : [.. saved.Split('\n', StringSplitOptions.RemoveEmptyEntries)]);
    }

    public async ValueTask AddAsync(string externalId, CancellationToken cancellationToken)
    {
        _sent.Add(externalId);
        if (_store is not null)
        {
            await _store.SetAsync(_key, string.Join('\n', _sent), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask ClearAsync(CancellationToken cancellationToken)
    {
        if (_store is not null)
        {
            await _store.SetAsync(_key, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
