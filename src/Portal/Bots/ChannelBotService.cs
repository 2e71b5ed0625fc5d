using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Portal.Channels;
using OpenChannels.Portal.Common;
using OpenChannels.Portal.Connections;
using OpenChannels.Portal.Data;

namespace OpenChannels.Portal.Bots;

/// <summary>
/// Administrators choose a channel's bot (the FAQ bot or a bot plugin), enable it and keep its settings; other employees get 403
/// (or 404 for a channel out of reach).
/// </summary>
public sealed class ChannelBotService(IDbContextFactory<AppDbContext> factory, BotCatalog catalog, BotSettingsProtector protector, TimeProvider clock)
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
        return bot is null ? new ChannelBotSettings(false, "", FaqBot.DefaultHandoverKeywords, "", FaqBot.Id, null, catalog.List()) : View(bot);
    }

    public async Task<Outcome<ChannelBotSettings>> SaveAsync(Actor actor, Guid channelId, ChannelBotSettings input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db, actor, channelId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var botId = string.IsNullOrWhiteSpace(input.BotId) ? FaqBot.Id : input.BotId.Trim();
        if (catalog.Find(botId) is not { } chosen)
        {
            return Failure.Invalid($"There is no bot '{botId}': install its plugin first.");
        }

        if (input.Enabled && !chosen.IsAvailable)
        {
            return Failure.Invalid($"The bot '{chosen.Name}' is {chosen.Status} ({chosen.Reason}); it cannot be enabled.");
        }

        var bot = await db.Set<ChannelBot>().FirstOrDefaultAsync(b => b.ChannelId == channelId, cancellationToken);
        var previous = bot?.BotId == botId ? Read(bot.Settings) : null;
        var (settings, error) = chosen.BuiltIn ? FaqSettings(input) : ConnectionSettings.Normalize(chosen.Settings, chosen.Name, input.Settings, previous);
        if (error is not null)
        {
            return Failure.Invalid(error);
        }

        var stored = protector.Protect(settings);
        if (stored.Length > BotsModel.MaxStoredSettings)
        {
            return Failure.Invalid("These bot settings are too long to store; shorten the rules or texts.");
        }

        if (bot is null)
        {
            bot = new ChannelBot { ChannelId = channelId, BotId = botId, Settings = stored };
            db.Add(bot);
        }

        (bot.BotId, bot.Enabled, bot.Settings, bot.UpdatedAt) = (botId, input.Enabled, stored, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(bot);
    }

    private static (Dictionary<string, string> Settings, string? Error) FaqSettings(ChannelBotSettings input)
    {
        var rules = input.Rules?.Trim() ?? "";
        if (rules.Length > MaxRules || (input.HandoverText?.Length ?? 0) > 2000 || (input.HandoverKeywords?.Length ?? 0) > 1000)
        {
            return ([], $"The rules are at most {MaxRules} characters, the handover text 2000 and the keywords 1000.");
        }

        if (FaqRule.Invalid(rules) is { Count: > 0 } bad)
        {
            return ([], $"Lines {string.Join(", ", bad)} are not rules: write 'keyword, keyword => answer'.");
        }

        if (input.Enabled && FaqRule.Parse(rules).Count == 0)
        {
            return ([], "Give the bot at least one rule before enabling it.");
        }

        return (new Dictionary<string, string>
        {
            ["rules"] = rules,
            ["handoverKeywords"] = input.HandoverKeywords?.Trim() ?? "",
            ["handoverText"] = input.HandoverText?.Trim() ?? "",
        }, null);
    }

    private static async Task<Failure?> RefusalAsync(AppDbContext db, Actor actor, Guid channelId, CancellationToken cancellationToken) =>
        !await db.Channels.AnyAsync(c => c.Id == channelId, cancellationToken) || !await ChannelAccess.CanSeeChannelAsync(db, actor, channelId, cancellationToken)
            ? Failure.NotFound("channel not found")
            : actor.IsAdministrator ? null : Failure.Forbidden("Only administrators set up bots.");

    private Dictionary<string, string> Read(string stored) => protector.Unprotect(stored);

    private ChannelBotSettings View(ChannelBot bot)
    {
        var s = Read(bot.Settings);
        var pluginSettings = bot.BotId == FaqBot.Id ? null : ConnectionSettings.Masked(catalog.Find(bot.BotId)?.Settings ?? [], s);
        return new ChannelBotSettings(
            bot.Enabled, s.GetValueOrDefault("rules"), s.GetValueOrDefault("handoverKeywords"), s.GetValueOrDefault("handoverText"), bot.BotId, pluginSettings, catalog.List());
    }
}
