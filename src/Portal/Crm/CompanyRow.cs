namespace OpenChannels.Portal.Crm;

/// <summary>A company as the Companies list shows it: how many of its contacts the employee can see.</summary>
public sealed record CompanyRow(Guid Id, string Name, int Contacts, DateTimeOffset CreatedAt);
