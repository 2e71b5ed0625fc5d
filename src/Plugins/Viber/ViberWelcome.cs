using System.Text.Json;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Viber;

/// <summary>
/// Answers <c>conversation_started</c>. Viber lets a bot send one message to a client who opened the chat but has not
/// subscribed yet, only as the body of this response (a send_message body without receiver).
/// </summary>
internal static class ViberWelcome
{
    public const string ContentType = "application/json";

    public static WebhookResult Respond(ViberSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.WelcomeMessage))
        {
            return WebhookResult.Accept();
        }

        var welcome = new ViberSendRequest { Sender = settings.Sender, Type = "text", Text = settings.WelcomeMessage };
        return WebhookResult.Accept() with
        {
            ResponseBody = JsonSerializer.Serialize(welcome, ViberJsonOptions.Default),
            ResponseContentType = ContentType,
        };
    }
}
