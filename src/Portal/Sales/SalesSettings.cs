namespace OpenChannels.Portal.Sales;

/// <summary>The company's payment-link template (one row): an https URL of the payment provider with placeholders.</summary>
public sealed class SalesSettings
{
    public int Id { get; set; }

    public string? PaymentLinkTemplate { get; set; }
}
