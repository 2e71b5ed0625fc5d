namespace OpenChannels.Abstractions.Inbound;

/// <summary>One HTTP request the messenger made to the connection's webhook URL.</summary>
public sealed record WebhookRequest
{
    /// <summary><c>GET</c> for verification challenges, <c>POST</c> for events.</summary>
    public required string Method { get; init; }

    /// <summary>Request headers; keys compare case-insensitively.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Query string values; keys compare case-sensitively, as messengers send them.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>The raw body bytes, exactly as received, so that signatures can be checked.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The remote address of the caller, when known.</summary>
    public string? RemoteAddress { get; init; }

    /// <summary>Returns a header value or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
