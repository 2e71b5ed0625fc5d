namespace OpenChannels.Portal.Widget;

/// <summary>Messages from the business the visitor has seen.</summary>
public sealed record ReadInput(IReadOnlyList<string>? Ids);
