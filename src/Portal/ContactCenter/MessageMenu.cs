using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.ContactCenter;

/// <summary>Which menu entries a message offers to an employee; the services still decide, this only hides what cannot work.</summary>
public static class MessageMenu
{
    public static IReadOnlyList<MessageCommand> For(MessageView message, Actor actor, ConversationSummary conversation)
    {
        var commands = new List<MessageCommand>();
        if (message.Kind == MessageKind.System || message.DeletedAt is not null)
        {
            return commands;
        }

        commands.Add(MessageCommand.Quote);
        if (message.AuthorUserId == actor.UserId && message.Kind is MessageKind.Agent or MessageKind.Whisper)
        {
            commands.Add(MessageCommand.Edit);
            commands.Add(MessageCommand.Delete);
        }

        if (message.Kind is MessageKind.Agent or MessageKind.Auto && message.Delivery is DeliveryStatus.Failed or DeliveryStatus.RetryScheduled)
        {
            commands.Add(MessageCommand.Retry);
        }

        if (message.Kind == MessageKind.Client && conversation.Status != ConversationStatus.Closed && message.SessionId == conversation.CurrentSessionId)
        {
            commands.Add(MessageCommand.Split);
        }

        commands.AddRange(AgentTools.MessageTools.Commands);

        return commands;
    }

    public static string Icon(MessageCommand command) => command switch
    {
        MessageCommand.Quote => "format_quote",
        MessageCommand.Edit => "edit",
        MessageCommand.Delete => "delete",
        MessageCommand.Retry => "refresh",
        MessageCommand.SaveAsCanned => "bookmark_add",
        MessageCommand.CreateTask => "add_task",
        MessageCommand.CreateEvent => "event",
        MessageCommand.DiscussInChat => "group",
        MessageCommand.DiscussInFeed => "campaign",
        _ => "call_split",
    };
}
