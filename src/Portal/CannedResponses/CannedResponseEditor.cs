using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Channels;
using Radzen;

namespace OpenChannels.Portal.CannedResponses;

/// <summary>Opens the canned response dialog from any screen; true when something was saved or deleted.</summary>
public sealed class CannedResponseEditor(DialogService dialogs, IStringLocalizer<SharedResource> l)
{
    public async Task<bool> OpenAsync(Actor actor, CannedResponseView? existing = null, string? initialText = null)
    {
        var result = await dialogs.OpenAsync<CannedResponseDialog>(existing is null ? l["Canned.New"] : l["Canned.Edit"],
            new Dictionary<string, object?>
            {
                [nameof(CannedResponseDialog.Actor)] = actor,
                [nameof(CannedResponseDialog.Existing)] = existing,
                [nameof(CannedResponseDialog.InitialText)] = initialText,
            }, new DialogOptions { Width = "560px" });
        return result is true;
    }
}
