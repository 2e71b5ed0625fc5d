using Microsoft.AspNetCore.DataProtection;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Bots;

/// <summary>Encrypts a channel's bot settings at rest: a plugin bot's settings may hold API keys, like a connection's.</summary>
public sealed class BotSettingsProtector(IDataProtectionProvider provider)
    : SettingsProtector(provider, "OpenChannels.Bots.Settings.v1");
