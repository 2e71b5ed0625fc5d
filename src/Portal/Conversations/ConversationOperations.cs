using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Conversations;

/// <summary>Dispatches an action by name (the API's <c>/actions/{action}</c> and the chat screen's buttons share it).</summary>
public sealed class ConversationOperations(ConversationActions actions, RoutingService routing, SessionCloser closer)
{
    public static IReadOnlyList<string> Names { get; } = ["answer", "takeover", "skip", "transfer", "close", "spam", "pin", "unpin", "invite", "rename", "split"];

    public Task<Outcome<Done>> RunAsync(Actor actor, Guid id, string action, ActionBody body, CancellationToken cancellationToken) =>
        action.ToLowerInvariant() switch
        {
            "answer" => actions.AnswerAsync(actor, id, cancellationToken),
            "takeover" => actions.TakeOverAsync(actor, id, cancellationToken),
            "skip" => routing.SkipAsync(actor, id, null, cancellationToken),
            "transfer" when body.UserId is { Length: > 0 } user => actions.TransferToUserAsync(actor, id, user, cancellationToken),
            "transfer" when body.ChannelId is { } channel => actions.TransferToChannelAsync(actor, id, channel, cancellationToken),
            "transfer" => Task.FromResult<Outcome<Done>>(Failure.Invalid("transfer needs userId or channelId.")),
            "close" => closer.CloseAsync(actor, id, cancellationToken),
            "spam" => closer.SpamAsync(actor, id, cancellationToken),
            "pin" => actions.PinAsync(actor, id, body.Minutes, cancellationToken),
            "unpin" => actions.UnpinAsync(actor, id, cancellationToken),
            "invite" when body.UserId is { Length: > 0 } user => actions.InviteAsync(actor, id, user, body.WithHistory, cancellationToken),
            "invite" => Task.FromResult<Outcome<Done>>(Failure.Invalid("invite needs userId.")),
            "rename" => actions.RenameAsync(actor, id, body.Title, cancellationToken),
            "split" when body.MessageId is { } message => closer.SplitAsync(actor, id, message, cancellationToken),
            "split" => Task.FromResult<Outcome<Done>>(Failure.Invalid("split needs messageId.")),
            _ => Task.FromResult<Outcome<Done>>(Failure.NotFound($"Unknown action '{action}'. Known: {string.Join(", ", Names)}.")),
        };
}
