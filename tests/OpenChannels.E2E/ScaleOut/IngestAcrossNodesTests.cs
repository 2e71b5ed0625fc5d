using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.E2E.Infrastructure;
using Xunit.Abstractions;

namespace OpenChannels.E2E.ScaleOut;

/// <summary>
/// Exactly-once ingest on PostgreSQL across nodes: the unique keys decide, so 50 concurrent deliveries of one message, spread over
/// both nodes, store one client, one conversation and one message, and every delivery is acknowledged.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class IngestAcrossNodesTests(TwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task DuplicateWebhooks_50ConcurrentOverBothNodes_StoreExactlyOneMessage()
    {
        await using var receiver = new LoopbackReceiver();
        using var apiA = TwoNodeCluster.Api(cluster.A);
        using var apiB = TwoNodeCluster.Api(cluster.B);
        var (_, webhook) = await cluster.ChannelAsync(apiA, receiver);
        try
        {
            using var start = new SemaphoreSlim(0);
            var deliveries = Enumerable.Range(0, 50).Select(async i =>
            {
                await start.WaitAsync();
                using var response = await TwoNodeCluster.ClientWritesAsync(i % 2 == 0 ? apiA : apiB, webhook, "chat-dup", "dup-1", "Only once, please", "Dana Duplicate");
                return response.StatusCode;
            }).ToList();
            start.Release(50);
            var statuses = await Task.WhenAll(deliveries);

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            var conversations = (await apiB.GetFromJsonAsync<JsonElement>("api/v1/conversations")).EnumerateArray()
                .Where(c => c.GetProperty("clientName").GetString() == "Dana Duplicate").ToList();
            var conversation = Assert.Single(conversations);
            var messages = (await apiA.GetFromJsonAsync<JsonElement>($"api/v1/conversations/{conversation.GetProperty("id").GetString()}/messages?limit=200"))
                .EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "Client").ToList();
            Assert.Equal("dup-1", Assert.Single(messages).GetProperty("externalId").GetString());
            Assert.Equal(1, await cluster.Database.CountAsync("""SELECT COUNT(*) FROM "Messages" WHERE "ExternalId" = 'dup-1'"""));
            Assert.Equal(1, await cluster.Database.CountAsync("""SELECT COUNT(*) FROM "Clients" WHERE "ExternalUserId" = 'chat-dup-user'"""));
            Assert.Equal(1, await cluster.Database.CountAsync("""SELECT COUNT(*) FROM "Sessions" s JOIN "Conversations" c ON c."Id" = s."ConversationId" WHERE c."ExternalChatId" = 'chat-dup'"""));
        }
        catch
        {
            output.WriteLine("node A:\n" + cluster.A.Output + "\nnode B:\n" + cluster.B.Output);
            throw;
        }
    }
}
