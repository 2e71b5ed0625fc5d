using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Identity;
using Radzen;

namespace OpenChannels.Portal.Tasks;

/// <summary>Opens the task dialog (new, from a message, or to change one); true when something was saved or deleted.</summary>
public sealed class TaskEditor(DialogService dialogs, UserAdminService users, IStringLocalizer<SharedResource> l)
{
    public async Task<bool> OpenAsync(Actor actor, TaskView? existing = null, long? messageId = null, string? initialText = null)
    {
        var colleagues = (await users.ListAsync(CancellationToken.None)).Where(u => !u.IsDisabled).ToList();
        var result = await dialogs.OpenAsync<TaskDialog>(existing is null ? l["Tasks.New"] : l["Tasks.Edit"],
            new Dictionary<string, object?>
            {
                [nameof(TaskDialog.Actor)] = actor,
                [nameof(TaskDialog.Colleagues)] = colleagues,
                [nameof(TaskDialog.Existing)] = existing,
                [nameof(TaskDialog.MessageId)] = messageId,
                [nameof(TaskDialog.InitialText)] = initialText,
            }, new DialogOptions { Width = "640px" });
        return result is true;
    }
}
