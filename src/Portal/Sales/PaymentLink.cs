using System.Globalization;

namespace OpenChannels.Portal.Sales;

/// <summary>
/// A product's payment link: its own URL, or the template with <c>{product.id}</c>, <c>{product.name}</c>, <c>{price}</c> (invariant,
/// two decimals), <c>{currency}</c> and <c>{conversation.id}</c> filled in, each value URL-escaped. Only http(s) links are produced.
/// </summary>
public static class PaymentLink
{
    public static string? For(Product product, string? template, Guid conversationId)
    {
        var link = product.PaymentUrl is { Length: > 0 } own ? own : template is { Length: > 0 } t ? Fill(t, product, conversationId) : null;
        return link is not null && IsWebUrl(link) ? link : null;
    }

    public static bool IsWebUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static string Fill(string template, Product product, Guid conversationId) => template
        .Replace("{product.id}", product.Id.ToString(), StringComparison.Ordinal)
        .Replace("{product.name}", Uri.EscapeDataString(product.Name), StringComparison.Ordinal)
        .Replace("{price}", product.Price.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{currency}", Uri.EscapeDataString(product.Currency), StringComparison.Ordinal)
        .Replace("{conversation.id}", conversationId.ToString(), StringComparison.Ordinal);
}
