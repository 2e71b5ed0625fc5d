namespace OpenChannels.Portal.Notifications;

/// <summary>A notice for one employee in the portal (a KPI breach...), shown in the bell until read.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>A resource key; its arguments are in <see cref="Arguments"/> (JSON array).</summary>
    public required string Text { get; set; }

    public string? Arguments { get; set; }

    public Guid? ConversationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
