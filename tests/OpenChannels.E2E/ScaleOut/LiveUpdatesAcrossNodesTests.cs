using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.ScaleOut;

/// <summary>
/// Live screens across nodes: what happens on one node reaches the Blazor circuit of an agent connected to the other one, through
/// PostgreSQL LISTEN/NOTIFY, without a reload.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class LiveUpdatesAcrossNodesTests(BrowserFixture browser, TwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<TwoNodeCluster>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Live = new() { Timeout = 10_000 };

    [Fact]
    public async Task Webhook_PostedToNodeA_ShowsLiveOnAgentPageServedByNodeB()
    {
        await using var receiver = new LoopbackReceiver();
        using var apiA = TwoNodeCluster.Api(cluster.A);
        var (_, webhook) = await cluster.ChannelAsync(apiA, receiver);
        try
        {
            var page = await browser.NewPageAsync(cluster.B);
            await BrowserFixture.SignInAsync(page, TwoNodeCluster.AdminEmail, TwoNodeCluster.AdminPassword);
            await page.GotoAsync("/");
            await BrowserFixture.WaitInteractiveAsync(page);

            Assert.Equal(HttpStatusCode.OK, (await TwoNodeCluster.ClientWritesAsync(apiA, webhook, "chat-nora", "n1", "Hello from node A", "Nora North")).StatusCode);
            var row = page.GetByTestId("queue-unanswered").GetByTestId("conversation-row").Filter(new() { HasTextString = "Nora North" });
            await Assertions.Expect(row).ToBeVisibleAsync(Live);

            // The open chat on B takes the next message A stores, too.
            await row.ClickAsync();
            await page.WaitForURLAsync("**/chat/*");
            var history = page.GetByTestId("chat").GetByTestId("history");
            await Assertions.Expect(history).ToContainTextAsync("Hello from node A");
            Assert.Equal(HttpStatusCode.OK, (await TwoNodeCluster.ClientWritesAsync(apiA, webhook, "chat-nora", "n2", "Second message, still through A", "Nora North")).StatusCode);
            await Assertions.Expect(history).ToContainTextAsync("Second message, still through A", new() { Timeout = 10_000 });
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
    }

    [Fact]
    public async Task Transfer_MadeOnNodeB_IsSeenLiveOnNodeA()
    {
        await using var receiver = new LoopbackReceiver();
        using var apiA = TwoNodeCluster.Api(cluster.A);
        using var apiB = TwoNodeCluster.Api(cluster.B);
        var (_, webhook) = await cluster.ChannelAsync(apiA, receiver, new { name = "Front desk" });
        var sales = (await (await apiB.PostAsJsonAsync("api/v1/channels", new { name = "Sales" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await TwoNodeCluster.ClientWritesAsync(apiA, webhook, "chat-tom", "t1", "I would like to buy", "Tom Transfer")).EnsureSuccessStatusCode();
        var conversation = await TwoNodeCluster.EventuallyAsync(async () =>
            (await apiA.GetFromJsonAsync<JsonElement>("api/v1/conversations")).EnumerateArray()
                .Where(c => c.GetProperty("clientName").GetString() == "Tom Transfer").Select(c => c.GetProperty("id").GetString()).FirstOrDefault(),
            "the conversation");
        try
        {
            var page = await browser.NewPageAsync(cluster.A);
            await BrowserFixture.SignInAsync(page, TwoNodeCluster.AdminEmail, TwoNodeCluster.AdminPassword);
            await page.GotoAsync($"/chat/{conversation}");
            await BrowserFixture.WaitInteractiveAsync(page);
            var history = page.GetByTestId("chat").GetByTestId("history");
            await Assertions.Expect(history).ToContainTextAsync("I would like to buy");

            var transfer = await apiB.PostAsJsonAsync($"api/v1/conversations/{conversation}/actions/transfer", new { channelId = sales });
            Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
            await Assertions.Expect(history).ToContainTextAsync("transferred the conversation to the channel Sales", new() { Timeout = 10_000 });
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
    }
}
