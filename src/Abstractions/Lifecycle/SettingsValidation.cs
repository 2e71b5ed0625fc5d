namespace OpenChannels.Abstractions.Lifecycle;

/// <summary>The outcome of <see cref="IConnector.ValidateSettingsAsync"/>: empty when the settings are usable.</summary>
/// <param name="Errors">Problems keyed by setting key, each with a message for the administrator.</param>
public sealed record SettingsValidation(IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>Settings with no problem.</summary>
    public static SettingsValidation Valid { get; } = new(new Dictionary<string, string>());

    /// <summary>True when there is no error.</summary>
    public bool IsValid => Errors.Count == 0;
}
