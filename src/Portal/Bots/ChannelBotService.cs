using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Bots;

/// <summary>Administrators enable the FAQ bot per channel and keep its rules; other employees get 403 (or 404 for a channel out of reach).</summary>
public sealed class ChannelBotService(IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const int MaxRules = 10_000;

    public async Task<Outcome<ChannelBotSettings>> GetAsync(Actor actor, Guid channelId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db, actor, channelId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var bot = await db.Set<ChannelBot>().AsNoTracking().FirstOrDefaultAsync(b => b.ChannelId == channelId, cancellationToken);
        return bot is null ? new ChannelBotSettings(false, "", FaqBot.DefaultHandoverKeywords, "") : View(bot);
    }

    public async Task<Outcome<ChannelBotSettings>> SaveAsync(Actor actor, Guid channelId, ChannelBotSettings input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db, actor, channelId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var rules = input.Rules?.Trim() ?? "";
        if (rules.Length > MaxRules || (input.HandoverText?.Length ?? 0) > 2000 || (input.HandoverKeywords?.Length ?? 0) > 1000)
        {
            return Failure.Invalid($"The rules are at most {MaxRules} characters, the handover text 2000 and the keywords 1000.");
        }

        if (FaqRule.Invalid(rules) is { Count: > 0 } bad)
        {
            return Failure.Invalid($"Lines {string.Join(", ", bad)} are not rules: write 'keyword, keyword => answer'.");
        }

        if (input.Enabled && FaqRule.Parse(rules).Count == 0)
        {
            return Failure.Invalid("Give the bot at least one rule before enabling it.");
        }

        var bot = await db.Set<ChannelBot>().FirstOrDefaultAsync(b => b.ChannelId == channelId, cancellationToken);
        if (bot is null)
        {
            bot = new ChannelBot { ChannelId = channelId, BotId = FaqBot.Id, Settings = "{}" };
            db.Add(bot);
        }

        bot.Enabled = input.Enabled;
        bot.Settings = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["rules"] = rules,
            ["handoverKeywords"] = input.HandoverKeywords?.Trim() ?? "",
            ["handoverText"] = input.HandoverText?.Trim() ?? "",
        });
        bot.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return View(bot);
    }

    private static async Task<Failure?> RefusalAsync(AppDbContext db, Actor actor, Guid channelId, CancellationToken cancellationToken) =>
        !await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken) || !await ChannelAccess.CanSeeChannelAsync(db, actor, channelId, cancellationToken)
            ? Failure.NotFound("channel not found")
            : actor.IsAdministrator ? null : Failure.Forbidden("Only administrators set up bots.");

    private static ChannelBotSettings View(ChannelBot bot)
    {
        var s = JsonSerializer.Deserialize<Dictionary<string, string>>(bot.Settings) ?? [];
        return new ChannelBotSettings(bot.Enabled, s.GetValueOrDefault("rules"), s.GetValueOrDefault("handoverKeywords"), s.GetValueOrDefault("handoverText"));
    }
}
