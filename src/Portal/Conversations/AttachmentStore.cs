using OpenChannels.Portal.Hosting;

namespace OpenChannels.Portal.Conversations;

/// <summary>
/// Keeps message files under <c>{data}/uploads/yyyy/MM/</c> with random names; the original name lives only in the database, so
/// nothing a client sends can choose a path.
/// </summary>
public sealed class AttachmentStore(PortalOptions options)
{
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(at.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            at.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        var full = Path.Combine(options.UploadsDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content.ToArray(), cancellationToken);
        return relative.Replace('\\', '/');
    }

    /// <summary>Opens a stored file, or returns null when the path is not one this store wrote.</summary>
    public FileStream? Open(string relative)
    {
        var root = Path.GetFullPath(options.UploadsDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? File.OpenRead(full) : null;
    }

    public void Delete(string relative)
    {
        var full = Path.Combine(options.UploadsDirectory, relative);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    public static string SafeFileName(string? name, string fallback)
    {
        var clean = new string((name ?? "").Where(c => !Path.GetInvalidFileNameChars().Contains(c) && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? fallback : clean.Length > 200 ? clean[..200] : clean;
    }
}
