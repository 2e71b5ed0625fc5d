namespace OpenChannels.Portal.Crm;

/// <summary>That an employee marked a page comment handled (nothing more to do); removing the row reopens it.</summary>
public sealed class PageCommentHandled
{
    public Guid PageCommentId { get; set; }

    public string? UserId { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
