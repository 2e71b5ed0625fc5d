using System.Text.Json;

namespace OpenChannels.Plugins.Meta;

/// <summary>What differs between the Meta channels that share the webhook pipeline.</summary>
/// <param name="ExpectedObject">The envelope's <c>object</c> value: <c>page</c> or <c>instagram</c>.</param>
/// <param name="BusinessId">The page or Instagram account id; the other side of a conversation is the client.</param>
/// <param name="VerifyToken">The token Meta echoes in the subscription check.</param>
/// <param name="AppSecret">The app secret that signs payloads.</param>
/// <param name="UserLabel">Prefix of a client's display name, since webhooks carry no names.</param>
/// <param name="PlatformName">The messenger's name, used in messages to agents and logs.</param>
/// <param name="BusinessLabel">Display name of the business side in echoes, such as "Facebook Page".</param>
internal sealed record MetaChannel(
    string ExpectedObject, string BusinessId, string VerifyToken, string AppSecret, string UserLabel, string PlatformName, string BusinessLabel)
{
    /// <summary>
    /// Handles one <c>entry[].changes[]</c> item (such as Page feed comments), given the entry id and the time to use when
    /// the change has none; null when the channel ignores changes.
    /// </summary>
    public Action<JsonElement, string, DateTimeOffset, InboundBatch>? ChangeMapper { get; init; }
}
