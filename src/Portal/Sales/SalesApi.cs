using System.Globalization;
using System.Security.Claims;
using OpenChannels.Portal.Api;
using OpenChannels.Portal.Channels;

namespace OpenChannels.Portal.Sales;

/// <summary>
/// <c>/api/v1/products</c> (list for everyone; create, change, delete for administrators), <c>GET|PUT /api/v1/sales/payment-link</c>
/// (the template) and <c>GET /api/v1/conversations/{id}/product-card/{productId}</c> (the card text for that conversation).
/// </summary>
public static class SalesApi
{
    public static RouteGroupBuilder MapSalesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/products", async (bool? all, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            Results.Ok(await sales.ListAsync(all == true && Actor.From(user).IsAdministrator, ct)));
        api.MapPost("/products", async (ProductInput input, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            (await sales.SaveAsync(Actor.From(user), null, input, ct)).ToResult(p => Results.Created($"/api/v1/products/{p.Id}", p)));
        api.MapPut("/products/{id:guid}", async (Guid id, ProductInput input, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            (await sales.SaveAsync(Actor.From(user), id, input, ct)).ToResult());
        api.MapDelete("/products/{id:guid}", async (Guid id, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            (await sales.DeleteAsync(Actor.From(user), id, ct)).NoContent());
        api.MapGet("/sales/payment-link", async (SalesService sales, CancellationToken ct) => Results.Ok(new PaymentLinkTemplate(await sales.TemplateAsync(ct))));
        api.MapPut("/sales/payment-link", async (PaymentLinkTemplate input, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            (await sales.SetTemplateAsync(Actor.From(user), input.Template, ct)).NoContent());
        api.MapGet("/conversations/{id:guid}/product-card/{productId:guid}", async (Guid id, Guid productId, ClaimsPrincipal user, SalesService sales, CancellationToken ct) =>
            (await sales.CardAsync(Actor.From(user), productId, id, CultureInfo.InvariantCulture, ct)).ToResult(text => Results.Ok(new { text })));
        return api;
    }
}
