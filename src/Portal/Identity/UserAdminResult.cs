namespace OpenChannels.Portal.Identity;

/// <summary>The outcome of an administration action: success, or the errors to show.</summary>
public sealed record UserAdminResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static UserAdminResult Ok { get; } = new(true, []);

    public static UserAdminResult Fail(params string[] errors) => new(false, errors);
}
