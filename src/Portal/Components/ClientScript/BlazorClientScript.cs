using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpenChannels.Portal.Components.ClientScript;

/// <summary>
/// Serves <c>/_framework/blazor.web.js</c>. The script is read, once, from the embedded resource of the 9.0
/// Microsoft.AspNetCore.Components.Endpoints assembly that the build copies to <c>blazor-client/</c> (see BlazorClientScript.targets):
/// the .NET 10 asset pack is absent from this registry. The assembly is only read as a file, never loaded.
/// Being the 9.0 script, it knows the classic <c>components-reconnect-modal</c> element, which the layout uses.
/// </summary>
public static class BlazorClientScript
{
    public const string Path = "/_framework/blazor.web.js";
    private const string ResourceName = "_framework/blazor.web.js";
    private static readonly Lazy<(byte[] Content, string ETag)> Script = new(Load);

    public static IEndpointConventionBuilder MapBlazorClientScript(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            var (content, etag) = Script.Value;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch.Contains(etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(content, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();

    /// <summary>Reads the script bytes from the assembly file's manifest resources.</summary>
    public static byte[] ReadFromAssembly(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.GetString(resource.Name) != ResourceName || !resource.Implementation.IsNil)
            {
                continue;
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress).GetContent();
            var offset = (int)resource.Offset;
            var length = BitConverter.ToInt32(block.AsSpan(offset, 4));
            return block.AsSpan(offset + 4, length).ToArray();
        }

        throw new InvalidOperationException($"{assemblyPath} has no '{ResourceName}' resource.");
    }

    private static (byte[], string) Load()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "blazor-client", "Microsoft.AspNetCore.Components.Endpoints.dll");
        var content = ReadFromAssembly(path);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"").ToString();
        return (content, etag);
    }
}
