using System.Reflection;
using OpenChannels.Abstractions;
using OpenChannels.Abstractions.Manifest;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Turns a plugin folder with a valid manifest into a <see cref="PluginGeneration"/>: shadow copy, the check of the Abstractions
/// version the assembly references, a collectible context, eager type loading, one connector instance and its own services.
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
            var connector = CreateConnector(context, main, manifest);
            services = PluginServices.Create(manifest.Id, loggerFactory, clock, options);
            var parts = new PluginParts(manifest, connector, context, services, shadow, fingerprint);
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

    private static IConnector CreateConnector(PluginLoadContext context, string main, ConnectorManifest manifest)
    {
        var assembly = context.LoadFromAssemblyPath(main);
        var types = assembly.GetTypes(); // eager: a missing dependency fails here, not on the first webhook
        var connectorType = types.SingleOrDefault(t => typeof(IConnector).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            ?? throw new InvalidOperationException($"{manifest.Assembly} has no single public IConnector implementation");
        return (IConnector)Activator.CreateInstance(connectorType)!;
    }

    private static string Describe(Exception ex) => ex switch
    {
        ReflectionTypeLoadException rtle => "a dependency is missing: " + string.Join("; ", rtle.LoaderExceptions.Select(e => e?.Message).Distinct()),
        FileNotFoundException or FileLoadException => "a dependency is missing: " + ex.Message,
        _ => ex.GetBaseException().Message,
    };
}
