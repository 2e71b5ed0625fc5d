namespace OpenChannels.Abstractions.Inbound;

/// <summary>What a plugin made of one webhook request.</summary>
public sealed record WebhookResult
{
    /// <summary>How the host treats the request.</summary>
    public required WebhookOutcome Outcome { get; init; }

    /// <summary>Normalized events to store. Empty for verification challenges and ignored update kinds.</summary>
    public IReadOnlyList<ConnectorEvent> Events { get; init; } = [];

    /// <summary>Status code of the response given after the events are stored (for <see cref="WebhookOutcome.Accepted"/>).</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Response body, for example a verification challenge echoed back.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>Content type of <see cref="ResponseBody"/>.</summary>
    public string ResponseContentType { get; init; } = "text/plain";

    /// <summary>Why the request was rejected or invalid; logged by the host, never sent to the caller.</summary>
    public string? Reason { get; init; }

    /// <summary>Accepts the request with the given events and an empty 200 response.</summary>
    public static WebhookResult Accept(params IReadOnlyList<ConnectorEvent> events) => new() { Outcome = WebhookOutcome.Accepted, Events = events };

    /// <summary>Accepts a verification request and echoes <paramref name="body"/>.</summary>
    public static WebhookResult Respond(string body, string contentType = "text/plain") =>
        new() { Outcome = WebhookOutcome.Accepted, ResponseBody = body, ResponseContentType = contentType };

    /// <summary>Authenticity check failed.</summary>
    public static WebhookResult Reject(string reason) => new() { Outcome = WebhookOutcome.Rejected, Reason = reason };

    /// <summary>The body could not be understood.</summary>
    public static WebhookResult Malformed(string reason) => new() { Outcome = WebhookOutcome.Invalid, Reason = reason };
}
