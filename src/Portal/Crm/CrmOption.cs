namespace OpenChannels.Portal.Crm;

/// <summary>One choice of a CRM drop-down (a status, an employee, a record).</summary>
public sealed record CrmOption(string Value, string Text);
