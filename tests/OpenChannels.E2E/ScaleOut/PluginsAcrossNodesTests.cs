using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.ScaleOut;

/// <summary>
/// One plugin set for the whole cluster: a package uploaded to node A is installed and active on node B (whose plugins folder
/// never had it), and disabling it on B disables it on A.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PluginsAcrossNodesTests(TwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task Package_InstalledOnNodeA_BecomesActiveOnNodeB_AndDisableOnBReachesA()
    {
        using var apiA = TwoNodeCluster.Api(cluster.A);
        using var apiB = TwoNodeCluster.Api(cluster.B);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await apiB.GetAsync("api/v1/connectors/viber")).StatusCode);

            using var form = new MultipartFormDataContent();
            var package = new ByteArrayContent(Package(Path.Combine(PortalProcess.RepositoryPlugins, "viber")));
            package.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            form.Add(package, "package", "viber.zip");
            var installed = await apiA.PostAsync("api/v1/connectors", form);
            Assert.True(installed.StatusCode == HttpStatusCode.Created, await installed.Content.ReadAsStringAsync());

            await TwoNodeCluster.EventuallyAsync(() => StatusAsync(apiB, "viber", "Active"), "viber active on node B");

            (await apiB.PostAsync("api/v1/connectors/viber/disable", null)).EnsureSuccessStatusCode();
            await TwoNodeCluster.EventuallyAsync(() => StatusAsync(apiA, "viber", "Disabled"), "viber disabled on node A");
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
    }

    private static async Task<string?> StatusAsync(HttpClient api, string id, string wanted)
    {
        using var response = await api.GetAsync($"api/v1/connectors/{id}");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var status = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        return status == wanted ? status : null;
    }

    /// <summary>A plugin package as docs/plugins.md describes it: the plugin folder zipped with its SHA256SUMS.</summary>
    private static byte[] Package(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sums = new StringBuilder();
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var bytes = File.ReadAllBytes(file);
                sums.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(relative).Append('\n');
                using var entry = zip.CreateEntry(relative).Open();
                entry.Write(bytes);
            }

            using var list = new StreamWriter(zip.CreateEntry("SHA256SUMS").Open());
            list.Write(sums.ToString());
        }

        return buffer.ToArray();
    }
}
