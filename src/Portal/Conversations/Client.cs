namespace OpenChannels.Portal.Conversations;

/// <summary>A customer as one messenger account knows them: unique per (connection, external user id).</summary>
public sealed class Client
{
    public Guid Id { get; set; }

    public Guid ConnectionId { get; set; }

    public required string ExternalUserId { get; set; }

    public required string Name { get; set; }

    public string? AvatarUrl { get; set; }

    public string? Username { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? LanguageCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>False once the messenger said the client blocked or left the account.</summary>
    public bool Reachable { get; set; } = true;
}
