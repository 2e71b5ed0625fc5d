using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Crm;

/// <summary>The employees a CRM record can be given to (enabled accounts), by name.</summary>
public sealed class CrmEmployees(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<CrmOption>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName)
            .Select(u => new CrmOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }
}
