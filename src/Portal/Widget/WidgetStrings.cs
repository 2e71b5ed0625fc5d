using OpenChannels.Portal.Ratings;

namespace OpenChannels.Portal.Widget;

/// <summary>The widget's texts in the visitor's language (en, pt-BR or fr, from the browser), from the portal's resources (<c>Widget.*</c>).</summary>
public sealed class WidgetStrings(ClientTexts texts)
{
    public static readonly string[] Keys =
    [
        "Open", "Close", "DefaultTitle", "DefaultGreeting", "Placeholder", "Send", "Attach", "RemoveFile", "Typing", "Sending", "Sent", "Read",
        "Failed", "Retry", "Edited", "Deleted", "PreChatIntro", "Name", "Email", "Phone", "Start", "OfflineIntro", "Message", "OfflineSend",
        "OfflineThanks", "RateThanks", "FileTooLarge", "FileType", "TooLong", "TooMany", "Error", "Required", "InvalidEmail", "You", "Agent",
        "Messages", "Download", "Reconnecting",
    ];

    public (string Language, IReadOnlyDictionary<string, string> Texts) For(string? language) =>
        (ClientTexts.Resolve(language).Name, Keys.ToDictionary(k => k, k => texts.Get("Widget." + k, language)));
}
