namespace OpenChannels.Portal.Widget;

/// <summary>A file on a message; <paramref name="Url"/> is signed for this visitor and works only for them.</summary>
public sealed record WidgetFileView(string Name, string ContentType, long Size, string Url, bool Image);
