namespace OpenChannels.Portal.Identity;

/// <summary>Creates the first administrator, once: from the setup page or from OPENCHANNELS_ADMIN_* variables.</summary>
public sealed class SetupService(UserAdminService users, SetupState state)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<UserAdminResult> CreateFirstAdministratorAsync(string email, string displayName, string password, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (await state.IsDoneAsync(cancellationToken))
            {
                return UserAdminResult.Fail("The portal is already set up.");
            }

            var result = await users.CreateAsync(email, displayName, password, Roles.Administrator, cancellationToken);
            if (result.Succeeded)
            {
                state.MarkDone();
            }

            return result;
        }
        finally
        {
            Gate.Release();
        }
    }
}
