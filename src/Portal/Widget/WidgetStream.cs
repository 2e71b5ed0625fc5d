using System.Threading.Channels;

namespace OpenChannels.Portal.Widget;

/// <summary>One open live connection of a visitor; disposing it leaves the hub.</summary>
public sealed class WidgetStream(ChannelReader<string> events, Action close) : IDisposable
{
    public ChannelReader<string> Events { get; } = events;

    public void Dispose() => close();
}
