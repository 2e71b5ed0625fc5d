namespace OpenChannels.Abstractions;

/// <summary>The version of this contract. A plugin's manifest names it as <c>targetAbi</c>.</summary>
public static class AbiVersion
{
    /// <summary>The contract version this assembly provides, as major.minor.</summary>
    public const string Current = "1.2";
}
