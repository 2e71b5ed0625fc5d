namespace OpenChannels.Portal.Uploads;

/// <summary>Why a file was refused before anything was stored; the screen localizes it, the API words it.</summary>
public enum UploadCheck
{
    Ok,
    TooLarge,
    TooMany,
    Empty,
    NotSupported,
    NotFound,
}
