using System.Globalization;
using Microsoft.JSInterop;

namespace OpenChannels.Portal.Components;

/// <summary>
/// Shows times in the browser's time zone. The server only learns the zone once the circuit is live, so screens call
/// <see cref="InitAsync"/> after their first render; until then times show in UTC.
/// </summary>
public sealed class BrowserTime
{
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private bool _known;

    public async Task<bool> InitAsync(IJSRuntime js)
    {
        if (_known)
        {
            return false;
        }

        var id = await js.InvokeAsync<string?>("openChannels.timeZone");
        _zone = id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
        _known = true;
        return true;
    }

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    /// <summary>A wall-clock time the employee picked (date pickers), as the moment it means in their zone.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, _zone.GetUtcOffset(wall));
    }

    /// <summary>The time for today's moments, the date for older ones (lists).</summary>
    public string Short(DateTimeOffset at, DateTimeOffset now)
    {
        var local = Local(at);
        return local.Date == Local(now).Date ? local.ToString("t", CultureInfo.CurrentCulture) : local.ToString("d", CultureInfo.CurrentCulture);
    }

    public string Full(DateTimeOffset at) => Local(at).ToString("g", CultureInfo.CurrentCulture);
}
