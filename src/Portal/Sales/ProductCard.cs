using System.Globalization;

namespace OpenChannels.Portal.Sales;

/// <summary>The product card as the client reads it, in plain text every messenger shows: name and price, description, link.</summary>
public static class ProductCard
{
    public static string Text(Product product, string? link, CultureInfo culture)
    {
        var lines = new List<string> { $"🛒 {product.Name}: {product.Price.ToString("N2", culture)} {product.Currency}" };
        if (!string.IsNullOrWhiteSpace(product.Description))
        {
            lines.Add(product.Description.Trim());
        }

        if (link is not null)
        {
            lines.Add(link);
        }

        return string.Join("\n", lines);
    }
}
