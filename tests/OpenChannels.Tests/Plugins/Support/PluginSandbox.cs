using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OpenChannels.Portal.Hosting;
using OpenChannels.Portal.Plugins;

namespace OpenChannels.Portal.Tests.Plugins.Support;

/// <summary>A temporary plugins folder and data directory with a real <see cref="PluginRegistry"/> and gateway over them.</summary>
public sealed class PluginSandbox : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oc-plugins", Guid.NewGuid().ToString("N"));

    public PluginSandbox(PluginHostOptions? hostOptions = null)
    {
        Options = new PortalOptions
        {
            DataDirectory = Path.Combine(_root, "data"),
            Database = DatabaseProvider.Sqlite,
            ConnectionString = "unused",
            PublicUrl = new Uri("https://portal.test/"),
            PluginsDirectory = Path.Combine(_root, "plugins"),
        };
        Directory.CreateDirectory(Options.DataDirectory);
        Directory.CreateDirectory(Options.PluginsDirectory);
        HostOptions = hostOptions ?? new PluginHostOptions();
        Registry = NewRegistry();
        Gateway = new ConnectorGateway(Registry, NullLogger<ConnectorGateway>.Instance);
    }

    public PortalOptions Options { get; }

    public PluginHostOptions HostOptions { get; }

    public PluginRegistry Registry { get; }

    public ConnectorGateway Gateway { get; }

    /// <summary>A second registry on the same folders, as after a restart.</summary>
    public PluginRegistry NewRegistry() =>
        new(Options, new PluginStateStore(Options), TimeProvider.System, NullLogger<PluginRegistry>.Instance, HostOptions);

    public string FolderOf(string name) => Path.Combine(Options.PluginsDirectory, name);

    /// <summary>Copies a built plugin into plugins/<paramref name="name"/>.</summary>
    public string Install(string builtFolder, string name)
    {
        var target = FolderOf(name);
        CopyFolder(builtFolder, target);
        return target;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public static void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(folder, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    public void Dispose()
    {
        Registry.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
