using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Channels;
using Radzen;

namespace OpenChannels.Portal.Calendar;

/// <summary>Opens the event dialog (new, from a message, or to change one); true when something was saved or deleted.</summary>
public sealed class CalendarEditor(DialogService dialogs, IStringLocalizer<SharedResource> l)
{
    public async Task<bool> OpenAsync(Actor actor, CalendarEventView? existing = null, long? messageId = null, string? initialText = null, DateTime? start = null)
    {
        var result = await dialogs.OpenAsync<CalendarEventDialog>(existing is null ? l["Calendar.New"] : l["Calendar.Edit"],
            new Dictionary<string, object?>
            {
                [nameof(CalendarEventDialog.Actor)] = actor,
                [nameof(CalendarEventDialog.Existing)] = existing,
                [nameof(CalendarEventDialog.MessageId)] = messageId,
                [nameof(CalendarEventDialog.InitialText)] = initialText,
                [nameof(CalendarEventDialog.InitialStart)] = start,
            }, new DialogOptions { Width = "640px" });
        return result is true;
    }
}
