using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Bots;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Conversations;
using OpenChannels.Portal.Plugins;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;
using OpenChannels.Portal.Tests.Plugins.Support;

namespace OpenChannels.Portal.Tests.Bots;

/// <summary>Bot plugins, loaded by the plugin host beside the loopback connector and enabled per channel like the FAQ bot.</summary>
public sealed class PluginBotTests
{
    private const string Welcome = "Hello! An agent will answer soon.";
    private const string Scripted = "scripted-bot";

    [Fact]
    public async Task ScriptedBotPlugin_EnabledForOneChannel_AnswersThereOnly_ThenHandsOverToTheQueue()
    {
        await using var desk = await StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);
        var sales = await SecondChannelAsync(desk);
        var settings = await EnableAsync(desk, Scripted, new() { ["prefix"] = "Echo" });
        Assert.Equal(
            ["business-hours", "faq", Scripted],
            settings.Available!.Select(b => b.Id).Order(StringComparer.Ordinal));
        Assert.Equal(("Echo", Scripted), (settings.Settings!["prefix"], settings.BotId));

        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Echo 1.0.0: hello");
        (await WriteAsync(desk, sales, "hello", "s-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Sales here.");
        await using (var db = desk.Db())
        {
            var held = await db.Conversations.SingleAsync(c => c.ChannelId == desk.ChannelId);
            Assert.Equal((ConversationStatus.Unanswered, (string?)null), (held.Status, held.AssignedUserId));
            Assert.Equal(BotSessionStatus.Active, (await db.Set<BotSessionState>().SingleAsync()).Status);
        }

        (await desk.ClientWritesAsync("human", "m-2")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Passing you to a person.");
        await SentAsync(desk, Welcome);
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal((anaId, desk.ChannelId), (conversation.AssignedUserId, conversation.ChannelId));
        Assert.Single(Texts(desk), t => t.StartsWith("Echo", StringComparison.Ordinal));
        await using var check = desk.Db();
        Assert.Equal(BotSessionStatus.HandedOver, (await check.Set<BotSessionState>().SingleAsync()).Status);
    }

    [Theory]
    [InlineData("throw", "scripted failure")]
    [InlineData("hang", "did not answer reply within 1 s")]
    public async Task FailingOrHangingBotPlugin_DoesNotBlockTheClient_TheSessionGoesToTheQueue(string script, string error)
    {
        await using var desk = await StartAsync();
        await EnableAsync(desk, Scripted, []);

        (await desk.ClientWritesAsync(script, "m-1")).EnsureSuccessStatusCode();

        await SentAsync(desk, Welcome);
        await using var db = desk.Db();
        Assert.Equal(BotSessionStatus.HandedOver, (await db.Set<BotSessionState>().SingleAsync()).Status);
        Assert.Equal(ConversationStatus.Unanswered, (await db.Conversations.SingleAsync()).Status);
        var plugin = await desk.Api.GetFromJsonAsync<PluginInfo>($"/api/v1/connectors/{Scripted}", Desk.Json);
        Assert.Contains(error, plugin!.LastError, StringComparison.Ordinal);
        Assert.True(plugin.ProvidesBot);
        Assert.False(plugin.ProvidesConnector);
    }

    [Fact]
    public async Task SwappingTheBotPluginsVersion_TakesEffectOnTheNextMessage_WithoutARestart()
    {
        await using var desk = await StartAsync();
        await EnableAsync(desk, Scripted, new() { ["prefix"] = "Echo" });
        (await desk.ClientWritesAsync("one", "m-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Echo 1.0.0: one");

        var plugins = Path.Combine(desk.Portal.DataDirectory, "plugins");
        var staged = Path.Combine(desk.Portal.DataDirectory, "scripted-bot-1.1.0");
        PluginSandbox.CopyFolder(BuiltPlugins.TestOnly(Scripted), staged);
        PluginSandbox.EditManifest(staged, m => m["version"] = "1.1.0");
        Directory.Move(Path.Combine(plugins, Scripted), Path.Combine(desk.Portal.DataDirectory, "scripted-bot-retired"));
        Directory.Move(staged, Path.Combine(plugins, Scripted));
        var registry = desk.Portal.Services.GetRequiredService<PluginRegistry>();
        await Desk.EventuallyAsync(() => Task.FromResult(registry.Find(Scripted) is { Version: "1.1.0", Status: PluginStatus.Active }), "the watcher swaps in 1.1.0");

        (await desk.ClientWritesAsync("two", "m-2")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Echo 1.1.0: two");
    }

    [Fact]
    public async Task BusinessHoursPlugin_OutsideOpeningHours_TellsTheClientWhenWeOpen_AndQueuesTheConversation()
    {
        await using var desk = await StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        await desk.SetMembersAsync(anaId);
        var someOtherDay = DateTime.UtcNow.AddDays(2).DayOfWeek.ToString()[..3].ToLowerInvariant(); // two days on: still closed past midnight
        await EnableAsync(desk, "business-hours", new() { ["hours"] = $"{someOtherDay} 00:00-24:00", ["closedText"] = "We are closed; hours: {hours} ({timeZone})." });

        (await desk.ClientWritesAsync("Is anyone there?", "m-1")).EnsureSuccessStatusCode();

        await SentAsync(desk, $"We are closed; hours: {someOtherDay} 00:00-24:00 (UTC).");
        await SentAsync(desk, Welcome);
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);
        Assert.Equal(anaId, conversation.AssignedUserId);
    }

    [Fact]
    public async Task Settings_UnknownBotOrSetting_OrADisabledPlugin_AreRefusedWithAReason()
    {
        await using var desk = await StartAsync();

        var unknownBot = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, botId = "nobody" });
        var unknownSetting = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, botId = Scripted, settings = new { colour = "red" } });
        (await desk.Api.PostAsync($"/api/v1/connectors/{Scripted}/disable", null)).EnsureSuccessStatusCode();
        var disabled = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, botId = Scripted });

        Assert.Contains("There is no bot 'nobody'", await unknownBot.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("'colour' is not a setting", await unknownSetting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("is Disabled", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All([unknownBot, unknownSetting, disabled], r => Assert.Equal(System.Net.HttpStatusCode.BadRequest, r.StatusCode));
    }

    [Fact]
    public async Task BotPluginDisabledWhileEnabledForAChannel_NewSessionsGoStraightToTheQueue()
    {
        await using var desk = await StartAsync();
        await EnableAsync(desk, Scripted, []);
        (await desk.Api.PostAsync($"/api/v1/connectors/{Scripted}/disable", null)).EnsureSuccessStatusCode();

        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();

        await SentAsync(desk, Welcome);
        await using var db = desk.Db();
        Assert.Empty(await db.Set<BotSessionState>().ToListAsync());
    }

    [Fact]
    public async Task BotSettings_AreEncryptedAtRest_AndARowStoredBeforeEncryptionIsStillRead()
    {
        await using var desk = await StartAsync();
        await EnableAsync(desk, Scripted, new() { ["prefix"] = "Kestrel7f3a" });
        await using (var db = desk.Db())
        {
            var row = await db.Set<ChannelBot>().SingleAsync();
            Assert.DoesNotContain("Kestrel7f3a", row.Settings, StringComparison.Ordinal);
            Assert.DoesNotContain("prefix", row.Settings, StringComparison.Ordinal);

            // What earlier versions stored: the settings as plain JSON.
            row.Settings = """{"prefix":"Legacy"}""";
            await db.SaveChangesAsync();
        }

        (await desk.ClientWritesAsync("hello", "m-1")).EnsureSuccessStatusCode();
        await SentAsync(desk, "Legacy 1.0.0: hello");
        var read = await desk.Api.GetFromJsonAsync<ChannelBotSettings>($"/api/v1/channels/{desk.ChannelId}/bot", Desk.Json);
        Assert.Equal("Legacy", read!.Settings!["prefix"]);
    }

    [Fact]
    public async Task FaqRules_TooLongOnceEncrypted_AreRefusedWithAMessage_AndTheSavedRulesStay()
    {
        await using var desk = await StartAsync();
        var saved = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules = "price => 10 € a month." });
        saved.EnsureSuccessStatusCode();
        var line = "料金, 値段 => " + new string('円', 80);
        var rules = string.Join('\n', Enumerable.Repeat(line, ChannelBotService.MaxRules / (line.Length + 1)));

        var refused = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, rules });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("too long to store", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var read = await desk.Api.GetFromJsonAsync<ChannelBotSettings>($"/api/v1/channels/{desk.ChannelId}/bot", Desk.Json);
        Assert.Equal("price => 10 € a month.", read!.Rules);
    }

    internal static async Task<Desk> StartAsync()
    {
        var data = PortalFactory.NewDataDirectory();
        var plugins = Path.Combine(data, "plugins");
        PluginSandbox.CopyFolder(BuiltPlugins.TestOnly(Scripted), Path.Combine(plugins, Scripted));
        BuiltPlugins.CopyTo("business-hours", plugins);
        return await Desk.StartAsync(dataDirectory: data, settings: new Dictionary<string, string?> { ["OPENCHANNELS_PLUGIN_BOT_TIMEOUT_SECONDS"] = "1" });
    }

    internal static async Task<ChannelBotSettings> EnableAsync(Desk desk, string botId, Dictionary<string, string> settings)
    {
        var response = await desk.Api.PutAsJsonAsync($"/api/v1/channels/{desk.ChannelId}/bot", new { enabled = true, botId, settings });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ChannelBotSettings>(Desk.Json))!;
    }

    private static async Task<Guid> SecondChannelAsync(Desk desk)
    {
        var created = await desk.Api.PostAsJsonAsync("/api/v1/channels", new ChannelInput { Name = "Sales", WelcomeMessage = "Sales here." });
        var channel = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ChannelView>(Desk.Json))!;
        var input = new ConnectionInput("loopback", new() { ["secret"] = "sales-secret", ["callbackUrl"] = desk.Outbox.Base + "/out" });
        var connection = await desk.Api.PostAsJsonAsync($"/api/v1/channels/{channel.Id}/connections", input);
        return (await connection.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ConnectionView>(Desk.Json))!.Id;
    }

    private static Task<HttpResponseMessage> WriteAsync(Desk desk, Guid connectionId, string text, string messageId)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = "message", chatId = "sales-chat", messageId, userId = "user-2", userName = "Jon", text });
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connectionId}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Loopback-Secret", "sales-secret");
        return desk.Portal.CreateClient().SendAsync(request);
    }

    private static List<string> Texts(Desk desk) => BotTests.Texts(desk);

    private static Task SentAsync(Desk desk, string text) => BotTests.SentAsync(desk, text);
}
