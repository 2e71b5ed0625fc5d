using System.IO.Compression;

namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>
/// Unpacks an uploaded zip into a staging folder, refusing anything that is not a zip, any entry whose path would land outside
/// the folder (zip-slip: <c>..</c>, rooted or drive paths), duplicate entries, and archives that unpack to more than the limit.
/// </summary>
internal static class PackageArchive
{
    private const int MaxEntries = 2_000;

    public static void Extract(string zipPath, string folder, long maxBytes)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException)
        {
            throw new PackageRefusedException("the file is not a zip archive");
        }

        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
            {
                throw new PackageRefusedException($"the package has more than {MaxEntries} files");
            }

            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var target = SafeTarget(folder, root, entry.FullName);
                if (!seen.Add(target))
                {
                    throw new PackageRefusedException($"'{entry.FullName}' is in the package twice");
                }

                total += entry.Length;
                if (total > maxBytes)
                {
                    throw new PackageRefusedException($"the package unpacks to more than {PackageLimits.Describe(maxBytes)}");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Write(entry, target);
            }
        }
    }

    private static string SafeTarget(string folder, string root, string name)
    {
        var segments = name.Replace('\\', '/').Split('/');
        var target = Path.GetFullPath(Path.Combine(folder, Path.Combine(segments)));
        if (Path.IsPathRooted(name) || name.Contains(':', StringComparison.Ordinal) || segments.Contains("..") || !target.StartsWith(root, StringComparison.Ordinal))
        {
            throw new PackageRefusedException($"'{name}' points outside the plugin folder");
        }

        return target;
    }

    private static void Write(ZipArchiveEntry entry, string target)
    {
        try
        {
            using var input = entry.Open();
            using var output = File.Create(target);
            input.CopyTo(output);
            if (output.Length != entry.Length)
            {
                throw new PackageRefusedException($"'{entry.FullName}' is damaged: its size does not match the zip directory");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new PackageRefusedException($"'{entry.FullName}' is damaged: {ex.Message}", ex);
        }
    }
}
