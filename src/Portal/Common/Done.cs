namespace OpenChannels.Portal.Common;

/// <summary>The value of an operation that has nothing to return.</summary>
public sealed record Done
{
    public static Done Value { get; } = new();
}
