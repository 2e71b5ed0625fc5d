using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Portal.Sales;
using OpenChannels.Portal.Tests.Conversations;
using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Sales;

public sealed class SalesTests
{
    [Fact]
    public async Task ProductCard_UsesTheTemplateForTheConversation_AndOnlyAdministratorsKeepProducts()
    {
        await using var desk = await Desk.StartAsync();
        var (anaId, ana) = await desk.EmployeeAsync("ana@example.com");
        var (_, eve) = await desk.EmployeeAsync("eve@example.com");
        await desk.SetMembersAsync(anaId);
        (await desk.ClientWritesAsync("How much is the pro plan?", "m-1")).EnsureSuccessStatusCode();
        var conversation = await ConversationWorkflowTests.WaitForAsync(ana, "unanswered", assigned: true);

        var byAgent = await ana.PostAsJsonAsync("/api/v1/products", new { name = "Pro plan", price = 49.9, currency = "EUR" });
        var badCurrency = await desk.Api.PostAsJsonAsync("/api/v1/products", new { name = "Pro plan", price = 49.9, currency = "euro" });
        var badTemplate = await desk.Api.PutAsJsonAsync("/api/v1/sales/payment-link", new { template = "javascript:alert(1)" });
        (await desk.Api.PutAsJsonAsync("/api/v1/sales/payment-link", new { template = "https://pay.example.com/c?sku={product.id}&n={product.name}&p={price}&ref={conversation.id}" })).EnsureSuccessStatusCode();
        var product = (await (await desk.Api.PostAsJsonAsync("/api/v1/products", new { name = "Pro plan", price = 49.9, currency = "eur", description = "Everything, for a team" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Product>(Desk.Json))!;
        var card = await ana.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversation.Id}/product-card/{product.Id}");
        var foreign = await eve.GetAsync($"/api/v1/conversations/{conversation.Id}/product-card/{product.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCurrency.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTemplate.StatusCode);
        Assert.Equal($"🛒 Pro plan: 49.90 EUR\nEverything, for a team\nhttps://pay.example.com/c?sku={product.Id}&n=Pro%20plan&p=49.90&ref={conversation.Id}", card.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Single((await eve.GetFromJsonAsync<List<Product>>("/api/v1/products", Desk.Json))!);
    }

    [Fact]
    public void PaymentLink_ProductsOwnLinkWins_AndNonWebLinksAreDropped()
    {
        var product = new Product { Id = Guid.NewGuid(), Name = "Box", Currency = "BRL", Price = 10, PaymentUrl = "https://shop.example.com/box" };

        Assert.Equal("https://shop.example.com/box", PaymentLink.For(product, "https://pay.example.com/{product.id}", Guid.NewGuid()));
        Assert.Null(PaymentLink.For(new Product { Name = "Box", Currency = "BRL", PaymentUrl = "ftp://x" }, null, Guid.NewGuid()));
        Assert.Null(PaymentLink.For(new Product { Name = "Box", Currency = "BRL" }, "javascript:{product.id}", Guid.NewGuid()));
    }
}
