namespace OpenChannels.Abstractions.Lifecycle;

/// <summary>The outcome of <see cref="IConnector.ActivateAsync"/>.</summary>
/// <param name="Success">Whether the connection is live.</param>
/// <param name="Message">For a failure, what went wrong, for the administrator.</param>
/// <param name="GeneratedSettings">Settings the plugin generated (for example a webhook secret), which the host stores.</param>
public sealed record ActivationResult(bool Success, string? Message = null, IReadOnlyDictionary<string, string>? GeneratedSettings = null)
{
    /// <summary>The connection is live.</summary>
    public static ActivationResult Ok(IReadOnlyDictionary<string, string>? generatedSettings = null) => new(true, null, generatedSettings);

    /// <summary>The connection could not be activated, for the reason given.</summary>
    public static ActivationResult Failed(string message) => new(false, message);
}
