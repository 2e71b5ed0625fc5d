using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// Subscribes the app to the Page's webhook fields (<c>POST /{page-id}/subscribed_apps</c>), which also proves that the Page
/// token works. The webhook URL itself is set once per app in the App Dashboard.
/// </summary>
internal static class PageSubscription
{
    public const string Fields = "messages,messaging_postbacks,message_deliveries,message_reads,message_echoes,feed";

    public static async Task<ActivationResult> SubscribeAsync(GraphApi graph, string pageId, CancellationToken cancellationToken)
    {
        using var empty = new StringContent("");
        var query = new Dictionary<string, string> { ["subscribed_fields"] = Fields };
        var response = await graph.PostAsync($"{Uri.EscapeDataString(pageId)}/subscribed_apps", empty, query, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return ActivationResult.Failed($"Facebook did not subscribe the app to Page {pageId}: {response.Failure!.Reason}");
        }

        return response.Body.Flag("success")
            ? ActivationResult.Ok()
            : ActivationResult.Failed($"Facebook did not confirm the subscription of the app to Page {pageId}");
    }
}
