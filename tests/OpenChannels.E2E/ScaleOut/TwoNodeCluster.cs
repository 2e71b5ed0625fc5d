using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.E2E.Infrastructure;

namespace OpenChannels.E2E.ScaleOut;

/// <summary>
/// Two portal processes (node A and node B) on different ports, sharing one fresh PostgreSQL database, each with its own data
/// directory and its own plugins folder holding only the loopback connector. A test class gets one cluster.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    public const string AdminEmail = "ops@example.com";
    public const string AdminPassword = "ops-password-scale-out";
    public const string Secret = "loopback-secret-scale-out";
    public const string ApiKey = "oc_scaleout_0123456789abcdef";

    private readonly List<string> _pluginFolders = [];

    public TestDatabase Database { get; private set; } = null!;

    public PortalProcess A { get; private set; } = null!;

    public PortalProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync();

        // A first creates the schema and the administrator; B then joins a database that is already set up.
        A = await StartNodeAsync();
        B = await StartNodeAsync();
    }

    /// <summary>Starts another node on the cluster's database (after a kill, for instance).</summary>
    public async Task<PortalProcess> StartNodeAsync()
    {
        var plugins = Path.Combine(Path.GetTempPath(), "oc-e2e-plugins", Guid.NewGuid().ToString("N"));
        _pluginFolders.Add(plugins);
        CopyFolder(Path.Combine(PortalProcess.RepositoryPlugins, "loopback"), Path.Combine(plugins, "loopback"));
        return await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["OPENCHANNELS_DB"] = "postgres",
            ["OPENCHANNELS_DB_CONNECTION"] = Database.ConnectionString,
            ["OPENCHANNELS_PLUGINS"] = plugins,
            ["OPENCHANNELS_ADMIN_EMAIL"] = AdminEmail,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = AdminPassword,
            ["OPENCHANNELS_API_KEY"] = ApiKey,
            ["OPENCHANNELS_INACTIVITY_CHECK_SECONDS"] = "2",
            ["OPENCHANNELS_WEBHOOK_RATE"] = "1000",
        });
    }

    /// <summary>Replaces node A with a new process (after a test killed it).</summary>
    public async Task RestartAAsync()
    {
        await A.DisposeAsync();
        A = await StartNodeAsync();
    }

    public static HttpClient Api(PortalProcess node)
    {
        var http = new HttpClient { BaseAddress = node.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    /// <summary>A channel with a loopback connection whose outbound messages go to <paramref name="receiver"/>; returns the webhook path.</summary>
    public async Task<(Guid ChannelId, string Webhook)> ChannelAsync(HttpClient api, LoopbackReceiver receiver, object? settings = null)
    {
        var created = await api.PostAsJsonAsync("api/v1/channels", settings ?? new { name = "Support" });
        created.EnsureSuccessStatusCode();
        var channel = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var connected = await api.PostAsJsonAsync($"api/v1/channels/{channel}/connections",
            new { connector = "loopback", settings = new { secret = Secret, callbackUrl = receiver.Url.ToString() } });
        connected.EnsureSuccessStatusCode();
        var connection = (await connected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (channel, $"webhooks/{connection}");
    }

    /// <summary>The client writes through <paramref name="node"/>'s webhook endpoint.</summary>
    public static async Task<HttpResponseMessage> ClientWritesAsync(HttpClient node, string webhook, string chatId, string messageId, string text, string name = "Carla Client")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = JsonContent.Create(new { type = "message", chatId, messageId, userId = chatId + "-user", userName = name, text }),
        };
        request.Headers.Add("X-Loopback-Secret", Secret);
        return await node.SendAsync(request);
    }

    /// <summary>Polls until <paramref name="read"/> gives a value, or fails after <paramref name="seconds"/> with <paramref name="what"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {seconds} s");
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        // Whatever InitializeAsync got to (it fails first thing when no PostgreSQL is configured).
        foreach (var node in new[] { A, B }.Where(n => n is not null))
        {
            await node.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        foreach (var folder in _pluginFolders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
