namespace OpenChannels.Portal.Crm;

/// <summary>A short form administrators build; agents send its link in a chat and the answers update the client's CRM record.</summary>
public sealed class CrmForm
{
    public Guid Id { get; set; }

    /// <summary>What the team calls it (lists, the chat's picker).</summary>
    public required string Name { get; set; }

    /// <summary>The heading the client sees, also sent with the link.</summary>
    public required string Title { get; set; }

    /// <summary>The fields, as a JSON array of <see cref="CrmFormField"/>.</summary>
    public string Fields { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
