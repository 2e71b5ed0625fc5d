namespace OpenChannels.Portal.Drive;

/// <summary>A folder in an employee's own drive space (<see cref="OwnerUserId"/>) or in the company's shared one (no owner).</summary>
public sealed class DriveFolder
{
    public Guid Id { get; set; }

    public string? OwnerUserId { get; set; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
