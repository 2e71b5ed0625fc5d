using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>
/// What the chat screen's buttons, reply box and message menu do, as plain calls on the workflow services for one employee and
/// one conversation. Each returns null when done, or the service's error for the screen to show.
/// </summary>
public sealed class ChatCommands(ConversationOperations operations, MessageService messages, OutboundSender sender, Actor actor, Guid conversationId)
{
    public async Task<string?> RunAsync(string action, ActionBody body) =>
        ErrorOf(await operations.RunAsync(actor, conversationId, action, body, CancellationToken.None));

    public async Task<string?> SendAsync(NewMessage message, IReadOnlyList<Uploads.PendingFile>? files = null) =>
        ErrorOf(await messages.PostAsync(actor, conversationId, message, files ?? [], CancellationToken.None));

    public async Task<string?> EditAsync(long messageId, string text) =>
        ErrorOf(await messages.EditAsync(actor, messageId, text, CancellationToken.None));

    public async Task<string?> DeleteAsync(long messageId) =>
        ErrorOf(await messages.DeleteAsync(actor, messageId, CancellationToken.None));

    /// <summary>Queues a failed (or waiting) message again; false when it was not waiting for a retry.</summary>
    public Task<bool> RetryAsync(long messageId) => sender.RetryNowAsync(messageId, CancellationToken.None);

    private static string? ErrorOf<T>(Common.Outcome<T> outcome) => outcome.IsOk ? null : outcome.Error ?? outcome.Kind.ToString();
}
