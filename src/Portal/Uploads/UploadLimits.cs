using System.Globalization;

namespace OpenChannels.Portal.Uploads;

/// <summary>
/// How big and how many files a reply may carry: <c>OPENCHANNELS_MAX_UPLOAD_MB</c> (default 25) per file, ten files per message.
/// The connector must also declare the <c>files</c> capability.
/// </summary>
public sealed class UploadLimits(IConfiguration configuration)
{
    public const int MaxFilesPerMessage = 10;

    public long MaxBytes { get; } = long.TryParse(configuration["OPENCHANNELS_MAX_UPLOAD_MB"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) && mb > 0
        ? mb * 1024 * 1024
        : 25L * 1024 * 1024;

    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
}
