using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OpenChannels.Portal.Plugins.Packages;

/// <summary>
/// Checks an unpacked package against its <c>SHA256SUMS</c> (lines <c>&lt;hex&gt;  &lt;relative path&gt;</c>, as sha256sum
/// prints them): every listed file is there with that hash, and every file there is listed.
/// </summary>
internal static partial class Sha256Sums
{
    public const string FileName = "SHA256SUMS";

    public static void Verify(string folder)
    {
        var sums = Path.Combine(folder, FileName);
        if (!File.Exists(sums))
        {
            throw new PackageRefusedException($"{FileName} is missing from the root of the package");
        }

        var listed = Read(sums);
        foreach (var (path, expected) in listed)
        {
            var file = Path.Combine(folder, path);
            if (!File.Exists(file))
            {
                throw new PackageRefusedException($"'{path}' is listed in {FileName} but is not in the package");
            }

            using var stream = File.OpenRead(file);
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new PackageRefusedException($"'{path}' does not match its SHA-256 in {FileName}");
            }
        }

        var unlisted = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .FirstOrDefault(f => f != FileName && !listed.ContainsKey(f));
        if (unlisted is not null)
        {
            throw new PackageRefusedException($"'{unlisted}' is in the package but not listed in {FileName}");
        }
    }

    private static Dictionary<string, string> Read(string path)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var match = Line().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                throw new PackageRefusedException($"{FileName} line {number} is not '<sha256 in hex>  <relative path>'");
            }

            var file = match.Groups["path"].Value.Replace('\\', '/');
            file = file.StartsWith("./", StringComparison.Ordinal) ? file[2..] : file;
            if (Path.IsPathRooted(file) || file.Split('/').Contains(".."))
            {
                throw new PackageRefusedException($"{FileName} line {number} points outside the plugin folder");
            }

            if (!listed.TryAdd(file, match.Groups["hash"].Value))
            {
                throw new PackageRefusedException($"'{file}' is listed twice in {FileName}");
            }
        }

        return listed;
    }

    // sha256sum writes "<hash>  <path>" (text mode) or "<hash> *<path>" (binary mode).
    [GeneratedRegex("^(?<hash>[0-9a-fA-F]{64}) [ *](?<path>.+)$")]
    private static partial Regex Line();
}
