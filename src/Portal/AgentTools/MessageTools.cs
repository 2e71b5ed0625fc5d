using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.AgentTools;

/// <summary>
/// The message menu's tool entries (save as canned response, task, calendar event, internal chat...), for one employee's screen:
/// each opens its tool's dialog with the message and reports on screen. The chat view only forwards the command here.
/// </summary>
public sealed class MessageTools(CannedResponseEditor canned)
{
    public static IReadOnlyList<MessageCommand> Commands { get; } = [MessageCommand.SaveAsCanned];

    public async Task RunAsync(MessageCommand command, MessageView message, Actor actor, ConversationDetails conversation)
    {
        switch (command)
        {
            case MessageCommand.SaveAsCanned:
                await canned.OpenAsync(actor, initialText: message.Text);
                break;
        }
    }
}
