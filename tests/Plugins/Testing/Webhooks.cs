using System.Text;
using OpenChannels.Abstractions.Inbound;

namespace OpenChannels.Plugins.Testing;

/// <summary>Builds webhook requests as the host hands them to a plugin.</summary>
public static class Webhooks
{
    public static WebhookRequest Post(byte[] body, params (string Name, string Value)[] headers) => new()
    {
        Method = "POST",
        Headers = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase),
        Query = new Dictionary<string, string>(),
        Body = body,
    };

    public static WebhookRequest Post(string body, params (string Name, string Value)[] headers) => Post(Encoding.UTF8.GetBytes(body), headers);

    public static WebhookRequest Get(params (string Name, string Value)[] query) => new()
    {
        Method = "GET",
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        Query = query.ToDictionary(q => q.Name, q => q.Value),
        Body = ReadOnlyMemory<byte>.Empty,
    };
}
