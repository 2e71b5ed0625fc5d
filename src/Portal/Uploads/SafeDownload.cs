namespace OpenChannels.Portal.Uploads;

/// <summary>
/// How stored files are served: common images inline, everything else as a download with a fixed type, so an uploaded SVG or
/// HTML file never runs in the portal's origin.
/// </summary>
public static class SafeDownload
{
    public static IResult File(Stream stream, string contentType, string fileName)
    {
        var inline = contentType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
        return Results.File(stream, inline ? contentType : "application/octet-stream", inline ? null : fileName);
    }
}
