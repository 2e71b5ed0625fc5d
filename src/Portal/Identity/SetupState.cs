namespace OpenChannels.Portal.Identity;

/// <summary>
/// Whether the first administrator exists. Until then every page redirects to /setup; once true it stays true, so the
/// check costs nothing after setup.
/// </summary>
public sealed class SetupState(UserAdminService users)
{
    private volatile bool _done;

    public async ValueTask<bool> IsDoneAsync(CancellationToken cancellationToken)
    {
        if (!_done && await users.AnyUserAsync(cancellationToken))
        {
            _done = true;
        }

        return _done;
    }

    public void MarkDone() => _done = true;
}
