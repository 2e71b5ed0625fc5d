namespace OpenChannels.Portal.Mentions;

/// <summary>Someone or something a reply can mention: an active colleague (by display name) or a public internal chat (by title).</summary>
public sealed record MentionTarget(MentionKind Kind, string Id, string Name);
