namespace OpenChannels.Portal.Crm;

/// <summary>Which CRM record the author of page comments is, per connection (a lead is created at their first comment).</summary>
public sealed class CommentAuthorLink
{
    public Guid ConnectionId { get; set; }

    public required string AuthorExternalId { get; set; }

    public Guid? LeadId { get; set; }

    public Guid? ContactId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
