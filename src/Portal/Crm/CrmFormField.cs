namespace OpenChannels.Portal.Crm;

/// <summary>
/// One field of a <see cref="CrmForm"/> and where its answer goes on the client's record: <c>name</c>, <c>phone</c>, <c>email</c>,
/// <c>company</c> (contacts only) or <c>custom:KEY</c> (an administrator-defined field). Every answer is also kept in the activity.
/// </summary>
public sealed record CrmFormField(string Target, string Label, bool Required = false)
{
    public const string CustomPrefix = "custom:";

    public static IReadOnlyList<string> Standard { get; } = ["name", "phone", "email", "company"];

    public string? CustomKey => Target.StartsWith(CustomPrefix, StringComparison.Ordinal) ? Target[CustomPrefix.Length..] : null;
}
