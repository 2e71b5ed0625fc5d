using System.Text.Json;
using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Meta;

namespace OpenChannels.Plugins.Facebook;

/// <summary>The author of a comment. Graph omits <c>from</c> when the app may not see who wrote it.</summary>
internal static class CommentAuthor
{
    public static ExternalUser From(JsonElement? from) => from?.Str("id") is { } id
        ? new ExternalUser(id, from.Value.Str("name") ?? $"Facebook user {id}")
        : new ExternalUser("facebook-hidden-author", "Facebook user (name hidden)");
}
