using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenChannels.Portal.Tests.Plugins.Support;

/// <summary>Builds plugin packages in memory, correct or broken in one chosen way.</summary>
public sealed class TestPackage
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public static TestPackage FromFolder(string folder)
    {
        var package = new TestPackage();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            package._files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return package;
    }

    public TestPackage Set(string path, string content)
    {
        _files[path] = Encoding.UTF8.GetBytes(content);
        return this;
    }

    public TestPackage Remove(string path)
    {
        _files.Remove(path);
        return this;
    }

    public TestPackage EditManifest(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(_files["plugin.json"])!.AsObject();
        edit(json);
        return Set("plugin.json", json.ToJsonString());
    }

    /// <summary>Writes SHA256SUMS for the files as they are now, the way sha256sum does.</summary>
    public TestPackage Sign()
    {
        var lines = _files.Where(f => f.Key != "SHA256SUMS").OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Value))}  {f.Key}\n");
        return Set("SHA256SUMS", string.Concat(lines));
    }

    public MemoryStream ToZip()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in _files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
