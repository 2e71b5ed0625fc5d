using System.Text.Json;
using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>A Graph API answer: the JSON body on success, or the failure already mapped to a <see cref="SendResult"/>.</summary>
internal sealed record GraphResponse(JsonElement Body, SendResult? Failure)
{
    public bool IsSuccess => Failure is null;

    public static GraphResponse Failed(SendResult failure) => new(default, failure);

    public static GraphResponse From(int status, string text, TimeSpan? retryAfter, string tokenName)
    {
        var body = Parse(text);
        var error = GraphError.From(body);
        if (status is >= 200 and < 300 && error is null)
        {
            return new GraphResponse(body, null);
        }

        return Failed(GraphErrorMapper.Map(status, error, retryAfter, tokenName));
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
