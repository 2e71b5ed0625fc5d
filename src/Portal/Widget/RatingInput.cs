namespace OpenChannels.Portal.Widget;

/// <summary>A rating thumb pressed: the button's payload, and the widget's id for the press so a repeat is stored once.</summary>
public sealed record RatingInput(string? Payload, string? Id);
