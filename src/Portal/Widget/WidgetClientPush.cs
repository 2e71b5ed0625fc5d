using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Portal.Widget;

/// <summary>The host's <see cref="IClientPush"/> for one connection: a plugin's push goes to that chat's open widget streams.</summary>
public sealed class WidgetClientPush(WidgetHub hub, Guid connectionId) : IClientPush
{
    public ValueTask<int> PushAsync(string chatId, string eventJson, CancellationToken cancellationToken) =>
        ValueTask.FromResult(hub.Publish(connectionId, chatId, eventJson));
}
