namespace OpenChannels.Portal.Crm;

/// <summary>A form with its fields read.</summary>
public sealed record CrmFormView(Guid Id, string Name, string Title, IReadOnlyList<CrmFormField> Fields, DateTimeOffset UpdatedAt)
{
    public static CrmFormView From(CrmForm f) =>
        new(f.Id, f.Name, f.Title, System.Text.Json.JsonSerializer.Deserialize<List<CrmFormField>>(f.Fields, Json) ?? [], f.UpdatedAt);

    internal static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
}
