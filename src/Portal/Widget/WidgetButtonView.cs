namespace OpenChannels.Portal.Widget;

/// <summary>A button under a message (the rating thumbs); pressing it sends <paramref name="Payload"/> back.</summary>
public sealed record WidgetButtonView(string Text, string Payload);
