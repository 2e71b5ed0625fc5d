namespace OpenChannels.Abstractions.Manifest;

/// <summary>One field of a connection's settings form.</summary>
public sealed record SettingDescriptor
{
    /// <summary>Key under which the value is stored and handed back in <see cref="Hosting.ConnectionContext.Settings"/>.</summary>
    public required string Key { get; init; }

    /// <summary>Label shown beside the field.</summary>
    public required string Label { get; init; }

    /// <summary>Kind of input.</summary>
    public SettingType Type { get; init; } = SettingType.Text;

    /// <summary>Whether the form refuses to save without a value.</summary>
    public bool Required { get; init; }

    /// <summary>Secret values are encrypted at rest and never shown again in full.</summary>
    public bool Secret { get; init; }

    /// <summary>Value used when the administrator leaves the field empty.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>One line of help under the field.</summary>
    public string? Help { get; init; }
}
