namespace OpenChannels.Portal.CannedResponses;

/// <summary>
/// A reply an employee inserts by typing <c>/shortcut</c>. Personal ones belong to <see cref="OwnerUserId"/>; shared ones
/// (no owner) are offered to everyone and kept by supervisors and administrators.
/// </summary>
public sealed class CannedResponse
{
    public Guid Id { get; set; }

    /// <summary>Null for a shared response.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>Lower-case letters, digits, '-' and '_', typed after '/'.</summary>
    public required string Shortcut { get; set; }

    /// <summary>The text, with placeholders such as <c>{client.name}</c>.</summary>
    public required string Text { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
