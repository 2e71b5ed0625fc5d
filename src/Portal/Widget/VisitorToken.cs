namespace OpenChannels.Portal.Widget;

/// <summary>
/// What a visitor's signed token says: who they are on this connection (their chat) and what they told the pre-chat or offline
/// form. It lives in the browser's localStorage; the portal stores nothing until the visitor writes.
/// </summary>
public sealed record VisitorToken(string VisitorId, string? Name = null, string? Email = null, string? Phone = null);
