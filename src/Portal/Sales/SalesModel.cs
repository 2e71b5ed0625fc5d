using Microsoft.EntityFrameworkCore;

namespace OpenChannels.Portal.Sales;

/// <summary>Database mapping of products and the payment-link template.</summary>
public static class SalesModel
{
    public static IReadOnlyList<string> Tables { get; } = ["Products", "SalesSettings"];

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Product>(e =>
        {
            e.ToTable("Products");
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(2000);
            e.Property(p => p.Currency).HasMaxLength(3);
            e.Property(p => p.PaymentUrl).HasMaxLength(2000);
            e.Property(p => p.Price).HasPrecision(18, 2);
            e.HasIndex(p => p.Name);
        });
        builder.Entity<SalesSettings>(e =>
        {
            e.ToTable("SalesSettings");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.PaymentLinkTemplate).HasMaxLength(2000);
        });
    }
}
