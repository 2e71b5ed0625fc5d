using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace OpenChannels.Portal.Plugins;

/// <summary>Reads, without loading it, which Abstractions version a plugin assembly was compiled against.</summary>
public static class PluginAssemblyInspector
{
    public static Version? ReferencedAbstractions(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == "OpenChannels.Abstractions")
            {
                return reference.Version;
            }
        }

        return null;
    }
}
