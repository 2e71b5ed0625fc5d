namespace OpenChannels.Abstractions.Hosting;

/// <summary>The <see cref="IClientPush"/> of a context that has no live clients: every push reaches no one.</summary>
public sealed class NoClientPush : IClientPush
{
    /// <summary>The one instance.</summary>
    public static NoClientPush Instance { get; } = new();

    private NoClientPush()
    {
    }

    /// <inheritdoc />
    public ValueTask<int> PushAsync(string chatId, string eventJson, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}
