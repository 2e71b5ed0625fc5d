using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Calendar;
using OpenChannels.Portal.CannedResponses;
using OpenChannels.Portal.InternalChats;
using Microsoft.AspNetCore.Components;
using OpenChannels.Portal.Tasks;
using Radzen;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.ContactCenter;
using OpenChannels.Portal.Conversations;

namespace OpenChannels.Portal.AgentTools;

/// <summary>
/// The message menu's tool entries (save as canned response, task, calendar event, internal chat...), for one employee's screen:
/// each opens its tool's dialog with the message and reports on screen. The chat view only forwards the command here.
/// </summary>
public sealed class MessageTools(CannedResponseEditor canned, TaskEditor tasks, CalendarEditor calendar, InternalChatService chats, DialogService dialogs, NavigationManager navigation, NotificationService notices, IStringLocalizer<SharedResource> l)
{
    public static IReadOnlyList<MessageCommand> Commands { get; } = [MessageCommand.SaveAsCanned, MessageCommand.CreateTask, MessageCommand.CreateEvent, MessageCommand.DiscussInChat, MessageCommand.DiscussInFeed];

    public async Task RunAsync(MessageCommand command, MessageView message, Actor actor, ConversationDetails conversation)
    {
        switch (command)
        {
            case MessageCommand.SaveAsCanned:
                Saved(await canned.OpenAsync(actor, initialText: message.Text), "Canned.Saved");
                break;
            case MessageCommand.CreateTask:
                Saved(await tasks.OpenAsync(actor, messageId: message.Id, initialText: message.Text), "Tasks.Created");
                break;
            case MessageCommand.CreateEvent:
                Saved(await calendar.OpenAsync(actor, messageId: message.Id, initialText: message.Text), "Calendar.Created");
                break;
            case MessageCommand.DiscussInChat:
                var room = await chats.CreateFromMessageAsync(actor, message.Id, null, CancellationToken.None);
                if (room.IsOk)
                {
                    navigation.NavigateTo($"/internal-chats/{room.Value!.Id}");
                }
                else
                {
                    notices.Notify(NotificationSeverity.Error, l["Chat.ActionFailed"], room.Error ?? "");
                }

                break;
            case MessageCommand.DiscussInFeed:
                var posted = await dialogs.OpenAsync<Feed.FeedPostDialog>(l["Chat.Menu.DiscussInFeed"], new Dictionary<string, object?>
                {
                    [nameof(Feed.FeedPostDialog.Actor)] = actor,
                    [nameof(Feed.FeedPostDialog.MessageId)] = message.Id,
                    [nameof(Feed.FeedPostDialog.Quote)] = message.Text,
                }, new DialogOptions { Width = "560px" });
                Saved(posted is true, "Feed.Posted");
                break;
        }
    }

    private void Saved(bool saved, string key)
    {
        if (saved)
        {
            notices.Notify(NotificationSeverity.Success, l[key], "");
        }
    }
}
