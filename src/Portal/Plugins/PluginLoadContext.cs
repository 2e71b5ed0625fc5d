using System.Reflection;
using System.Runtime.Loader;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// One collectible context per plugin generation. The contract (OpenChannels.Abstractions) and Microsoft.Extensions.*.Abstractions
/// resolve to the host's copies, so types cross the boundary; everything else comes from the plugin folder through its deps.json.
/// </summary>
public sealed class PluginLoadContext(string mainAssemblyPath, string name) : AssemblyLoadContext(name, isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    public static bool IsShared(AssemblyName assemblyName) =>
        assemblyName.Name is { } n && (n == "OpenChannels.Abstractions" || (n.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && n.EndsWith(".Abstractions", StringComparison.Ordinal)));

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
