using System.Text.Json.Nodes;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>One Bot API call: sent as a JSON body, or as multipart/form-data when it uploads a file.</summary>
/// <param name="Method">The Bot API method, such as <c>sendMessage</c>.</param>
/// <param name="Fields">The method's parameters, in Telegram's names.</param>
internal sealed record TelegramRequest(string Method, JsonObject Fields)
{
    /// <summary>The file to upload and the parameter that carries it (<c>photo</c>, <c>document</c>).</summary>
    public (string Field, OutboundAttachment File)? Upload { get; init; }
}
