using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// A hash of every file of a plugin folder (names and contents). The same files reload as a no-op, and a breaker trip sticks
/// to the exact build that tripped it: different files count as a new version.
/// </summary>
public static class PluginFingerprint
{
    public static string Compute(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Name: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (path, name) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            using var stream = File.OpenRead(path);
            hash.AppendData(SHA256.HashData(stream));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
