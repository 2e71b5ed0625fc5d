namespace OpenChannels.Abstractions.Manifest;

/// <summary>Kind of input the host renders for a setting.</summary>
public enum SettingType
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    MultilineText,

    /// <summary>An absolute http or https URL.</summary>
    Url,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A yes/no switch; stored as <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A colour, stored as <c>#rrggbb</c>.</summary>
    Color,
}
