namespace OpenChannels.Portal.Crm;

/// <summary>What every CRM record shares: the channel it came from decides who may see it (none: every employee).</summary>
public interface ICrmRecord
{
    Guid Id { get; set; }

    /// <summary>The channel the record came from; an agent sees it only with access to that channel. Null: entered by hand, seen by all.</summary>
    Guid? ChannelId { get; set; }

    DateTimeOffset CreatedAt { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
