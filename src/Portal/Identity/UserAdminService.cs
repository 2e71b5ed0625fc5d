using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Identity;

/// <summary>
/// Creates and manages employee accounts. Each call uses its own scope, because Blazor circuits live for hours and a
/// long-lived UserManager would hand out stale entities.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var list = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var result = new List<UserSummary>(list.Count);
        foreach (var user in list)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Agent;
            var locked = user.LockoutEnd is { } end && end > clock.GetUtcNow() && !user.IsDisabled;
            result.Add(new UserSummary(user.Id, user.Email ?? "", user.DisplayName, role, user.IsDisabled, locked));
        }

        return result;
    }

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.AnyAsync(cancellationToken);
    }

    public async Task<UserAdminResult> CreateAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return UserAdminResult.Fail($"Unknown role '{role}'.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return UserAdminResult.Fail(created.Errors.Select(e => e.Description).ToArray());
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? UserAdminResult.Ok : UserAdminResult.Fail(added.Errors.Select(e => e.Description).ToArray());
    }

    /// <summary>Disables or enables a user. A disabled user's security stamp changes, which ends their other sessions.</summary>
    public Task<UserAdminResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken) =>
        WithUserAsync(userId, async (users, user) =>
        {
            user.IsDisabled = disabled;
            user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
            var result = await users.UpdateAsync(user);
            return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
        });

    public Task<UserAdminResult> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken) =>
        WithUserAsync(userId, async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, user.IsDisabled ? DateTimeOffset.MaxValue : null);
                await users.ResetAccessFailedCountAsync(user);
            }

            return result;
        });

    public Task<UserAdminResult> SetRoleAsync(string userId, string role, CancellationToken cancellationToken) =>
        !Roles.All.Contains(role)
            ? Task.FromResult(UserAdminResult.Fail($"Unknown role '{role}'."))
            : WithUserAsync(userId, async (users, user) =>
            {
                var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
                return removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
            });

    private async Task<UserAdminResult> WithUserAsync(string userId, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return UserAdminResult.Fail("No such user.");
        }

        var result = await action(users, user);
        return result.Succeeded ? UserAdminResult.Ok : UserAdminResult.Fail(result.Errors.Select(e => e.Description).ToArray());
    }
}
