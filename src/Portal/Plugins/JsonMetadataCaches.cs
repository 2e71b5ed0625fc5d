using System.Reflection;
using System.Reflection.Metadata;
using System.Text.Json;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// System.Text.Json keeps a process-wide cache of the member accessors it emits for every type it serializes, plugin types
/// included, and nothing evicts an entry until the next serializer call that happens to sweep it. That cache alone kept every
/// swapped-out plugin version in memory (found by elimination: a version that never ran JSON was collected, one that did was not).
/// The runtime's documented way to flush it is the <see cref="MetadataUpdateHandlerAttribute"/> hook System.Text.Json declares
/// for hot reload (<c>ClearCache(Type[]?)</c>); the host calls it whenever a plugin version unloads. It only drops caches,
/// which refill on the next use.
/// </summary>
internal static class JsonMetadataCaches
{
    private static readonly MethodInfo[] Handlers = typeof(JsonSerializer).Assembly
        .GetCustomAttributes<MetadataUpdateHandlerAttribute>()
        .Select(a => a.HandlerType.GetMethod("ClearCache", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(Type[])]))
        .OfType<MethodInfo>()
        .ToArray();

    /// <summary>False if a future runtime drops the hook; the registry then still warns when a version is not collected.</summary>
    public static bool IsAvailable => Handlers.Length > 0;

    public static void Clear()
    {
        foreach (var handler in Handlers)
        {
            handler.Invoke(null, [null]);
        }
    }
}
