namespace OpenChannels.Plugins.WebChat;

/// <summary>
/// Ids of messages in the widget. A visitor's message keeps the id the widget gave it (so a retried send is stored once); an
/// outgoing one is <c>wc-{portal message id}</c>, which the portal can compute for its history without asking the plugin.
/// </summary>
internal static class WebChatIds
{
    public const string OutgoingPrefix = "wc-";

    public static string Outgoing(string localId) => OutgoingPrefix + localId;
}
