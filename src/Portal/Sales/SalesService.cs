using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Sales;

/// <summary>
/// Products and the payment-link template: administrators keep them, every employee lists active products and builds a product card
/// for a conversation they can see.
/// </summary>
public sealed class SalesService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public async Task<IReadOnlyList<Product>> ListAsync(bool includeInactive, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Product>().AsNoTracking().Where(p => includeInactive || p.Active).OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<Outcome<Product>> SaveAsync(Actor actor, Guid? id, ProductInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("Only administrators keep products.");
        }

        var name = input.Name?.Trim() ?? "";
        var currency = input.Currency?.Trim().ToUpperInvariant() ?? "";
        if (name.Length is 0 or > 200 || input.Price < 0 || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper) || (input.Description?.Length ?? 0) > 2000)
        {
            return Failure.Invalid("A product needs a name (at most 200 characters), a price of zero or more and a three-letter currency code.");
        }

        if (input.PaymentUrl is { Length: > 0 } url && (url.Length > 2000 || !PaymentLink.IsWebUrl(url)))
        {
            return Failure.Invalid("The payment link must be an absolute http or https URL.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var product = id is { } existing ? await db.Set<Product>().FirstOrDefaultAsync(p => p.Id == existing, cancellationToken) : null;
        if (id is not null && product is null)
        {
            return Failure.NotFound("product not found");
        }

        if (product is null)
        {
            product = new Product { Id = Guid.NewGuid(), Name = name, Currency = currency };
            db.Add(product);
        }

        (product.Name, product.Currency, product.Price, product.Description, product.PaymentUrl, product.Active, product.UpdatedAt) =
            (name, currency, decimal.Round(input.Price, 2), input.Description?.Trim(), input.PaymentUrl?.Trim(), input.Active, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return product;
    }

    public async Task<Outcome<Done>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("Only administrators keep products.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Product>().Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 1 ? Done.Value : Failure.NotFound("product not found");
    }

    public async Task<string?> TemplateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<SalesSettings>().Where(s => s.Id == 1).Select(s => s.PaymentLinkTemplate).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Outcome<Done>> SetTemplateAsync(Actor actor, string? template, CancellationToken cancellationToken)
    {
        if (!actor.IsAdministrator)
        {
            return Failure.Forbidden("Only administrators set the payment-link template.");
        }

        var value = template?.Trim() ?? "";
        if (value.Length > 2000 || (value.Length > 0 && !PaymentLink.IsWebUrl(value.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal))))
        {
            return Failure.Invalid("The template must be an absolute http or https URL (placeholders: {product.id}, {product.name}, {price}, {currency}, {conversation.id}).");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var settings = await db.Set<SalesSettings>().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (settings is null)
        {
            settings = new SalesSettings { Id = 1 };
            db.Add(settings);
        }

        settings.PaymentLinkTemplate = value.Length == 0 ? null : value;
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }

    /// <summary>The card text for a conversation the employee can see.</summary>
    public async Task<Outcome<string>> CardAsync(Actor actor, Guid productId, Guid conversationId, CultureInfo culture, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        var product = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId && p.Active, cancellationToken);
        if (conversation is null || !await ChannelAccess.CanSeeConversationAsync(db, actor, conversation, cancellationToken))
        {
            return Failure.NotFound("conversation not found");
        }

        return product is null ? Failure.NotFound("product not found") : ProductCard.Text(product, PaymentLink.For(product, await TemplateAsync(cancellationToken), conversationId), culture);
    }
}
