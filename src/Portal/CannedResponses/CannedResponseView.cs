namespace OpenChannels.Portal.CannedResponses;

/// <summary>A canned response as an employee sees it; <see cref="CanEdit"/> says whether they may change it.</summary>
public sealed record CannedResponseView(Guid Id, string Shortcut, string Text, bool Shared, bool CanEdit, DateTimeOffset UpdatedAt);
