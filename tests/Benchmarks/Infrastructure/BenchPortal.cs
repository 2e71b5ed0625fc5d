using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.E2E.Infrastructure;
using OpenChannels.Plugins.Testing;
using OpenChannels.Portal.Data;

namespace OpenChannels.Benchmarks.Infrastructure;

/// <summary>
/// The built portal as a real process (see <see cref="PortalProcess"/>) with a headless administrator, an API key, the webhook
/// rate limit lifted (the benchmark is the only sender) and the database the options name.
/// </summary>
public sealed class BenchPortal : IAsyncDisposable
{
    public const string AdminEmail = "bench-admin@example.com";
    public const string AdminPassword = "bench-admin-password";
    public const string ApiKey = "oc_bench_admin_key_0123456789abcdef";

    private readonly BenchOptions _options;

    private BenchPortal(PortalProcess process, BenchOptions options)
    {
        Process = process;
        _options = options;
        Api = new HttpClient { BaseAddress = process.BaseUrl, Timeout = TimeSpan.FromSeconds(120) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }

    public PortalProcess Process { get; }

    public HttpClient Api { get; }

    public Uri BaseUrl => Process.BaseUrl;

    public int Pid => Process.ProcessId;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<BenchPortal> StartAsync(BenchOptions options, IDictionary<string, string>? environment = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["OPENCHANNELS_ADMIN_EMAIL"] = AdminEmail,
            ["OPENCHANNELS_ADMIN_PASSWORD"] = AdminPassword,
            ["OPENCHANNELS_API_KEY"] = ApiKey,
            ["OPENCHANNELS_WEBHOOK_RATE"] = "1000000",
        };
        if (options.IsPostgres)
        {
            settings["OPENCHANNELS_DB"] = "postgres";
            settings["OPENCHANNELS_DB_CONNECTION"] = options.ConnectionString!;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new BenchPortal(await PortalProcess.StartAsync(settings), options);
    }

    /// <summary>A channel (no members unless given, no automatic messages unless the input sets them).</summary>
    public async Task<Guid> CreateChannelAsync(object input)
    {
        var response = await Api.PostAsJsonAsync("/api/v1/channels", input);
        return (await Ensure(response).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A Telegram connection whose Bot API is <paramref name="fake"/>; returns its id and webhook secret.</summary>
    public async Task<(Guid Connection, string Secret)> ConnectTelegramAsync(Guid channel, FakePlatformServer fake)
    {
        const string secret = "bench_secret_token-0123456789";
        var response = await Api.PostAsJsonAsync($"/api/v1/channels/{channel}/connections", new
        {
            connector = "telegram",
            settings = new Dictionary<string, string> { ["botToken"] = FakeTelegramApi.Token, ["secretToken"] = secret, ["apiBaseUrl"] = fake.Base },
        });
        return ((await Ensure(response).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), secret);
    }

    /// <summary>The portal's memory as it reports it (<c>GET /api/v1/diagnostics/memory</c>), after a full collection when asked.</summary>
    public async Task<MemoryReading> MemoryAsync(bool collect)
    {
        var reading = await Api.GetFromJsonAsync<MemoryReading>($"/api/v1/diagnostics/memory?collect={(collect ? "true" : "false")}", Json);
        return reading! with { RssBytes = ProcessMeter.Rss(Pid) };
    }

    /// <summary>A context on the portal's own database, for seeding and for counting what was stored.</summary>
    public AppDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        _ = _options.IsPostgres
            ? builder.UseNpgsql(_options.ConnectionString)
            : builder.UseSqlite($"Data Source={Path.Combine(Process.DataDirectory, "openchannels.db")};Pooling=True;Default Timeout=30");
        return new AppDbContext(builder.Options);
    }

    private static HttpResponseMessage Ensure(HttpResponseMessage response) => response.IsSuccessStatusCode
        ? response
        : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Process.DisposeAsync();
    }
}
