namespace OpenChannels.Abstractions.Inbound;

/// <summary>How the host treats a webhook request.</summary>
public enum WebhookOutcome
{
    /// <summary>Authentic and understood: the host stores the events, then answers with the plugin's response.</summary>
    Accepted,

    /// <summary>Authenticity check failed: the host answers 401 and stores nothing.</summary>
    Rejected,

    /// <summary>Authentic but malformed: the host answers 400, logs the reason and stores nothing.</summary>
    Invalid,
}
