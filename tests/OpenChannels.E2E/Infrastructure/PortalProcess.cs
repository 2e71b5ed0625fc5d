using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace OpenChannels.E2E.Infrastructure;

/// <summary>The built portal started as a real process on 127.0.0.1 with a free port and a temporary data directory.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly bool _ownsData;

    private PortalProcess(Process process, Uri baseUrl, string dataDirectory, bool ownsData)
    {
        _process = process;
        _ownsData = ownsData;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public Uri BaseUrl { get; }

    public string DataDirectory { get; }

    /// <summary>The portal's operating-system process id (the benchmarks read its memory and CPU time from /proc).</summary>
    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the portal; on <paramref name="dataDirectory"/> when given (a restart after a kill: that directory is then left
    /// for its first owner to delete), otherwise on a fresh one deleted on dispose.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(IDictionary<string, string>? environment = null, string? dataDirectory = null)
    {
        var assembly = typeof(PortalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PortalAssembly").Value!;
        var port = FreePort();
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "oc-e2e", Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet", [Path.GetFullPath(assembly), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(assembly))!,
        };
        info.Environment["OPENCHANNELS_DATA"] = data;
        info.Environment["OPENCHANNELS_LOG_FORMAT"] = "text";
        info.Environment["OPENCHANNELS_PUBLIC_URL"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // The repository's plugins/ folder, where the solution build drops the first-party connectors (loopback among them).
        info.Environment["OPENCHANNELS_PLUGINS"] = RepositoryPlugins;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the portal");
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}/"), data, ownsData: dataDirectory is null);
        process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitHealthyAsync();
        return portal;
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The portal exited during start:\n" + Output);
            }

            try
            {
                if ((await http.GetAsync("readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not become ready:\n" + Output);
    }

    /// <summary>The repository's plugins/ folder (what the solution build dropped there).</summary>
    public static string RepositoryPlugins
    {
        get
        {
            var assembly = Path.GetFullPath(typeof(PortalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PortalAssembly").Value!);
            return FindRepositoryPlugins(assembly);
        }
    }

    private static string FindRepositoryPlugins(string portalAssembly)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(portalAssembly)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenChannels.sln")))
            {
                return Path.Combine(dir.FullName, "plugins");
            }
        }

        throw new InvalidOperationException($"No OpenChannels.sln above {portalAssembly}: cannot find the plugins folder.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process at once, as a crash or a lost machine would: no graceful shutdown, nothing handed over.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
