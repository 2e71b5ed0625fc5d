using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Hosting;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Abstractions.Lifecycle;
using OpenChannels.Abstractions.Outbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Instagram;

/// <summary>
/// Instagram Direct for one professional account. Inbound: Meta webhooks (<c>object: instagram</c>) signed with
/// <c>X-Hub-Signature-256</c>. Outbound: <c>/{ig-user-id}/messages</c> within Meta's reply windows.
/// </summary>
public sealed class InstagramConnector : IConnector
{
    private const string Platform = "Instagram";

    // Instagram counts its text limit in UTF-8 bytes.
    private const int MaxTextBytes = 1000;

    public ValueTask<SettingsValidation> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MetaSettingsValidator.Validate(settings, InstagramSettings.Required, "igUserId"));

    /// <summary>Checks the token by reading the account; webhook fields are subscribed in the App Dashboard.</summary>
    public async ValueTask<ActivationResult> ActivateAsync(ConnectionContext connection, CancellationToken cancellationToken)
    {
        var settings = InstagramSettings.From(connection);
        var query = new Dictionary<string, string> { ["fields"] = "id,username" };
        var response = await settings.Graph(connection).GetAsync(Uri.EscapeDataString(settings.IgUserId), query, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess
            ? ActivationResult.Ok()
            : ActivationResult.Failed($"Instagram account {settings.IgUserId} could not be read: {response.Failure!.Reason}");
    }

    public ValueTask DeactivateAsync(ConnectionContext connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<WebhookResult> HandleWebhookAsync(ConnectionContext connection, WebhookRequest request, CancellationToken cancellationToken) =>
        MetaWebhookPipeline.HandleAsync(connection, request, InstagramSettings.From(connection).Channel(), cancellationToken);

    public ValueTask<SendResult> SendAsync(ConnectionContext connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var settings = InstagramSettings.From(connection);
        var api = new InstagramSendApi(settings.Graph(connection), settings.IgUserId);
        return MetaSendPipeline.SendAsync(connection, message, Platform, MaxTextBytes, MaxTextBytes,
            (window, part, ct) => api.SendPartAsync(message.ChatId, window, part, ct), cancellationToken);
    }

    public ValueTask<SendResult> EditAsync(ConnectionContext connection, OutboundEdit edit, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Instagram does not support editing sent messages"));

    public ValueTask<SendResult> DeleteAsync(ConnectionContext connection, OutboundDelete delete, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SendResult.Failed("Instagram does not support deleting sent messages through the API"));
}
