using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Abstractions.Polling;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>
/// Facebook Messenger for one Page, with the Page's post comments. Inbound: Meta webhooks (<c>object: page</c>) signed with
/// <c>X-Hub-Signature-256</c>, plus comment import by polling. Outbound: the Send API within Meta's reply windows.
/// </summary>
public sealed class FacebookConnector : IConnector, ICommentConnector, IPollingConnector
{
    private const string Platform = "Messenger";
    private const int MaxTextChars = 2000;

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MetaSettingsValidator.Validate(settings, FacebookSettings.Required, "pageId"));

    public async ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var settings = FacebookSettings.From(connection);
        return await PageSubscription.SubscribeAsync(settings.Graph(connection), settings.PageId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Leaves the Page subscription in place: the same app may serve an Instagram account linked to this Page or another
    /// connection, and the host ignores webhooks for a removed connection.
    /// </summary>
    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken) =>
        MetaWebhookPipeline.HandleAsync(connection, request, FacebookSettings.From(connection).Channel(), cancellationToken);

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var api = new MessengerSendApi(FacebookSettings.From(connection).Graph(connection), connection.MaxFileBytes);
        return MetaSendPipeline.SendAsync(connection, message, Platform, MaxTextChars, int.MaxValue,
            (window, part, ct) => api.SendPartAsync(message.ChatId, window, part, ct), cancellationToken);
    }

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Messenger does not support editing sent messages"));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Messenger does not support deleting sent messages"));

    public async ValueTask<SendResult> ReplyToCommentAsync(ConnectionContext connection, CommentReply reply, CancellationToken cancellationToken) =>
        await CommentReplies.ReplyAsync(FacebookSettings.From(connection).Graph(connection), reply, cancellationToken).ConfigureAwait(false);

    public async ValueTask<PollResult> PollAsync(ConnectionContext connection, string? cursor, CancellationToken cancellationToken)
    {
        var settings = FacebookSettings.From(connection);
        var poller = new CommentPoller(settings.Graph(connection), settings.PageId, connection.Clock, connection.Logger);
        return await poller.PollAsync(cursor, cancellationToken).ConfigureAwait(false);
    }
}
