namespace OpenChannels.Portal.Widget;

/// <summary>A file a visitor attached, within the connection's size and type limits.</summary>
public sealed record WidgetUpload(string Name, string ContentType, byte[] Content);
