namespace OpenChannels.Portal.Widget;

/// <summary>Start or resume a visitor; with the pre-chat form's values when it was shown.</summary>
public sealed record VisitorInput(string? Token, string? Name, string? Email, string? Phone);
