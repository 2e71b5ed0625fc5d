using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Abstractions.Polling;

/// <summary>One page of polled events.</summary>
/// <param name="Events">Events to store; duplicates are stored once.</param>
/// <param name="NextCursor">Cursor for the next call.</param>
/// <param name="HasMore">True when the host should call again at once.</param>
public sealed record PollResult(IReadOnlyList<ConnectorEvent> Events, string? NextCursor, bool HasMore);
