using OpenChannels.Abstractions.Bots;

namespace OpenChannels.Plugins.BusinessHours;

/// <summary>
/// Tells clients who write outside opening hours when the team is back, then leaves the conversation in the queue (or closes it,
/// when <c>closeOutsideHours</c> is on). During opening hours it hands over at once, optionally with <c>openText</c>. "Now" is when
/// the client's message was written, so a message that waited in a queue is judged by when it was sent. Settings it cannot read
/// (hours or time zone) never keep a client from a person: the session is handed over without a word.
/// </summary>
public sealed class BusinessHoursBot : IBot
{
    public const string DefaultHours = "mon-fri 09:00-18:00";
    public const string DefaultClosedText = "Thanks for your message! We are closed right now; our hours are {hours} ({timeZone}). A colleague will answer as soon as we open.";

    public ValueTask<BotReply> ReplyAsync(BotSession session, CancellationToken cancellationToken)
    {
        var settings = session.Settings;
        var hoursText = Setting(settings, "hours") ?? DefaultHours;
        var zoneId = Setting(settings, "timeZone") ?? "UTC";
        if (OpeningHours.Parse(hoursText) is not { } hours || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return ValueTask.FromResult(BotReply.Transfer());
        }

        var written = session.Turns.LastOrDefault(t => t.FromClient)?.At ?? DateTimeOffset.UtcNow;
        if (hours.IsOpen(TimeZoneInfo.ConvertTime(written, zone).DateTime))
        {
            return ValueTask.FromResult(BotReply.Transfer(Setting(settings, "openText")));
        }

        var closed = (Setting(settings, "closedText") ?? DefaultClosedText).Replace("{hours}", hoursText, StringComparison.Ordinal).Replace("{timeZone}", zoneId, StringComparison.Ordinal);
        return ValueTask.FromResult(Setting(settings, "closeOutsideHours") == "true" ? BotReply.Close(closed) : BotReply.Transfer(closed));
    }

    private static string? Setting(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.GetValueOrDefault(key)?.Trim() is { Length: > 0 } value ? value : null;
}
