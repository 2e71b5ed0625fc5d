namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>A check of an uploaded package failed; the message says which, for the administrator.</summary>
public sealed class PackageRefusedException : Exception
{
    public PackageRefusedException()
    {
    }

    public PackageRefusedException(string message)
        : base(message)
    {
    }

    public PackageRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
