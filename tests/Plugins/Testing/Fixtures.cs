namespace OpenChannels.Plugins.Testing;

/// <summary>
/// Reads the real messenger payloads kept in the shared fixtures folder (see its SOURCES.md). The folder is found by
/// walking up from the test binaries to a <c>shared/fixtures</c> directory, or taken from <c>OPENCHANNELS_FIXTURES</c>.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Directory => Root.Value;

    public static byte[] Bytes(string platform, string file) => File.ReadAllBytes(Path.Combine(Root.Value, platform, file));

    public static string Text(string platform, string file) => File.ReadAllText(Path.Combine(Root.Value, platform, file));

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("OPENCHANNELS_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnv) && System.IO.Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "fixtures"), Path.Combine(dir.FullName, "..", "shared", "fixtures") })
            {
                if (System.IO.Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures was not found above the test binaries; set OPENCHANNELS_FIXTURES.");
    }
}
