namespace OpenChannels.Portal.Sales;

/// <summary>Something agents sell from the chat: a product card with its price and payment link.</summary>
public sealed class Product
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public decimal Price { get; set; }

    /// <summary>ISO 4217 code, such as EUR or BRL.</summary>
    public required string Currency { get; set; }

    /// <summary>The product's own payment link; empty to use the payment-link template.</summary>
    public string? PaymentUrl { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}
