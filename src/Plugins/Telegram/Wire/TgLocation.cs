namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's Location.</summary>
internal sealed record TgLocation
{
    public double Latitude { get; init; }

    public double Longitude { get; init; }
}
