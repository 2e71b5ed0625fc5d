using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.ScaleOut;

/// <summary>
/// Quartz clustered on PostgreSQL: the inactivity auto-close (checked every 2 s here) fires on exactly one node: one closing
/// message reaches the client and one "closed automatically" line is written, with both nodes up, and when the node the client
/// wrote through is killed before the conversation is due.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ScheduledJobsAcrossNodesTests(TwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<TwoNodeCluster>
{
    private const string Welcome = "Hello, an agent will answer soon.";
    private const string Closing = "This conversation was closed. Write again any time!";

    [Fact]
    public async Task AutoClose_BothNodesUp_FiresExactlyOnce()
    {
        await using var receiver = new LoopbackReceiver();
        using var apiA = TwoNodeCluster.Api(cluster.A);
        using var apiB = TwoNodeCluster.Api(cluster.B);
        try
        {
            var webhook = await IdleChannelAsync(apiA, receiver);
            (await TwoNodeCluster.ClientWritesAsync(apiA, webhook, "chat-ida", "i1", "Anyone there?", "Ida Idle")).EnsureSuccessStatusCode();
            await AssertClosedOnceAsync(apiB, receiver, "Ida Idle");
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
    }

    [Fact]
    public async Task AutoClose_NodeTheClientWroteThroughIsKilled_OtherNodeFiresItExactlyOnce()
    {
        await using var receiver = new LoopbackReceiver();
        using var apiB = TwoNodeCluster.Api(cluster.B);
        try
        {
            using (var apiA = TwoNodeCluster.Api(cluster.A))
            {
                var webhook = await IdleChannelAsync(apiA, receiver);
                (await TwoNodeCluster.ClientWritesAsync(apiA, webhook, "chat-kim", "k1", "Hello?", "Kim Killed")).EnsureSuccessStatusCode();
            }

            Assert.True(await receiver.WaitForTextAsync(Welcome, TimeSpan.FromSeconds(30)), "the welcome never reached the client");
            await cluster.A.KillAsync();
            await AssertClosedOnceAsync(apiB, receiver, "Kim Killed");
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
        finally
        {
            await cluster.RestartAAsync();
        }
    }

    private async Task<string> IdleChannelAsync(HttpClient api, LoopbackReceiver receiver) =>
        (await cluster.ChannelAsync(api, receiver, new
        {
            name = "Idle " + Guid.NewGuid().ToString("N")[..6], welcomeMessage = Welcome, closingMessage = Closing, autoCloseMinutes = 1,
        })).Webhook;

    private static async Task AssertClosedOnceAsync(HttpClient api, LoopbackReceiver receiver, string client)
    {
        // Idle for a minute, then the next check (every 2 s) closes it.
        Assert.True(await receiver.WaitForTextAsync(Closing, TimeSpan.FromSeconds(150)), "the auto-close never happened");
        var id = await TwoNodeCluster.EventuallyAsync(async () =>
            (await api.GetFromJsonAsync<JsonElement>("api/v1/conversations?status=closed")).EnumerateArray()
                .Where(c => c.GetProperty("clientName").GetString() == client).Select(c => c.GetProperty("id").GetString()).FirstOrDefault(),
            "the conversation listed as closed");

        // Several more checks run on both nodes; none may close it again.
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.Single(receiver.SentTexts, t => t == Closing);
        Assert.Single(receiver.SentTexts, t => t == Welcome);
        var messages = (await api.GetFromJsonAsync<JsonElement>($"api/v1/conversations/{id}/messages?limit=200")).EnumerateArray().ToList();
        Assert.Single(messages, m => m.GetProperty("text").GetString() == "Line.AutoClosed");
        var conversation = await api.GetFromJsonAsync<JsonElement>($"api/v1/conversations/{id}");
        Assert.Equal("Closed", conversation.GetProperty("status").GetString());
    }
}
