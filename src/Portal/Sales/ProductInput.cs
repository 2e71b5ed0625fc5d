namespace OpenChannels.Portal.Sales;

/// <summary>Body of <c>POST|PUT /api/v1/products</c>.</summary>
public sealed record ProductInput(string? Name, decimal Price, string? Currency, string? Description = null, string? PaymentUrl = null, bool Active = true);
