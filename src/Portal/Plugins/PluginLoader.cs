using System.Reflection;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Bots;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Turns a plugin folder with a valid manifest into a <see cref="PluginGeneration"/>: shadow copy, the check of the Abstractions
/// version the assembly references, a collectible context, eager type loading, one connector and/or bot instance and its own services.
/// Anything that fails is unloaded again and reported as a reason a partner understands.
/// </summary>
internal sealed class PluginLoader(string cacheRoot, PluginHostOptions options, ILoggerFactory loggerFactory, TimeProvider clock)
{
    private readonly ILogger _generationLogger = loggerFactory.CreateLogger<PluginGeneration>();

    public PluginHostOptions Options => options;

    public PluginLoadOutcome Load(string folder, ConnectorManifest manifest, string fingerprint)
    {
        var shadow = Path.Combine(cacheRoot, manifest.Id, Guid.NewGuid().ToString("N"));
        PluginShadowCopy.Copy(folder, shadow);
        var main = Path.Combine(shadow, manifest.Assembly);
        var referenced = PluginAssemblyInspector.ReferencedAbstractions(main);
        var abiError = referenced is null
            ? "the assembly does not reference OpenChannels.Abstractions"
            : AbiCompatibility.Check(referenced, "built against");
        if (abiError is not null)
        {
            PluginShadowCopy.TryDelete(shadow);
            return PluginLoadOutcome.Refused(PluginStatus.NotSupported, abiError);
        }

        var context = new PluginLoadContext(main, $"plugin:{manifest.Id}:{manifest.Version}");
        ServiceProvider? services = null;
        try
        {
            var types = context.LoadFromAssemblyPath(main).GetTypes(); // eager: a missing dependency fails here, not on the first webhook
            var connector = manifest.Provides.Contains(PluginFeature.Connector) ? Create<IConnector>(types, manifest) : null;
            var bot = manifest.Provides.Contains(PluginFeature.Bot) ? Create<IBot>(types, manifest) : null;
            services = PluginServices.Create(manifest.Id, loggerFactory, clock, options);
            var parts = new PluginParts(manifest, connector, bot, context, services, shadow, fingerprint);
            return PluginLoadOutcome.Loaded(new PluginGeneration(parts, options, clock.GetUtcNow(), _generationLogger));
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException
                                      or InvalidOperationException or MissingMethodException or TargetInvocationException or TypeLoadException)
        {
            services?.Dispose();
            context.Unload();
            PluginShadowCopy.TryDelete(shadow);
            return PluginLoadOutcome.Refused(PluginStatus.Faulted, Describe(ex));
        }
    }

    private static T Create<T>(Type[] types, ConnectorManifest manifest)
    {
        var type = types.SingleOrDefault(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            ?? throw new InvalidOperationException($"{manifest.Assembly} has no single public {typeof(T).Name} implementation");
        return (T)Activator.CreateInstance(type)!;
    }

    private static string Describe(Exception ex) => ex switch
    {
        ReflectionTypeLoadException rtle => "a dependency is missing: " + string.Join("; ", rtle.LoaderExceptions.Select(e => e?.Message).Distinct()),
        FileNotFoundException or FileLoadException => "a dependency is missing: " + ex.Message,
        _ => ex.GetBaseException().Message,
    };
}
