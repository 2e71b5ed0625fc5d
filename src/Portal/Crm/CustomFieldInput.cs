namespace OpenChannels.Portal.Crm;

/// <summary>A custom field to add: <c>{"entity":"Lead","key":"budget","label":"Budget"}</c>; entity is Lead or Contact.</summary>
public sealed record CustomFieldInput(string? Entity, string? Key, string? Label);
