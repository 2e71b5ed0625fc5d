using System.Security.Claims;
using OpenChannels.Portal.Identity;

namespace OpenChannels.Portal.Channels;

/// <summary>Who performs an action: an employee (with whether they see every channel), or the portal itself (jobs).</summary>
public sealed record Actor(string? UserId, bool SeesAllChannels, bool IsAdministrator)
{
    public static Actor System { get; } = new(null, true, true);

    public bool IsSystem => UserId is null;

    public static Actor From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user has no id claim.");
        var admin = principal.IsInRole(Roles.Administrator);
        return new Actor(id, admin || principal.IsInRole(Roles.Supervisor), admin);
    }
}
