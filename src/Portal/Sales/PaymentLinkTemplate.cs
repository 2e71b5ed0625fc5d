namespace OpenChannels.Portal.Sales;

/// <summary>Body of <c>GET|PUT /api/v1/sales/payment-link</c>: <c>{"template":"https://pay.example.com/?sku={product.id}&amp;ref={conversation.id}"}</c>.</summary>
public sealed record PaymentLinkTemplate(string? Template);
