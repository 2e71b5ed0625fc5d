namespace OpenChannels.Plugins.Viber;

/// <summary>
/// What one Viber API call came to. Viber answers HTTP 200 with a <c>status</c> (0 = ok) for both success and refusal;
/// anything else is a transport problem (worth retrying) or an HTTP refusal (not worth it).
/// </summary>
internal sealed record ViberApiReply
{
    public int Status { get; init; }

    public string? StatusMessage { get; init; }

    public string? MessageToken { get; init; }

    /// <summary>Network error, timeout, HTTP 429/5xx or an unreadable body: try again later.</summary>
    public string? TransientError { get; init; }

    /// <summary>An HTTP error other than 429/5xx: retrying will not help.</summary>
    public string? PermanentError { get; init; }

    /// <summary>The delay an HTTP 429 asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool IsOk => TransientError is null && PermanentError is null && Status == 0;

    public static ViberApiReply Transient(string error, TimeSpan? retryAfter = null) => new() { Status = -1, TransientError = error, RetryAfter = retryAfter };

    public static ViberApiReply Permanent(string error) => new() { Status = -1, PermanentError = error };
}
