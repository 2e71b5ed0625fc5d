using Microsoft.AspNetCore.DataProtection;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Connections;

/// <summary>Encrypts connection settings at rest (they hold bot tokens and app secrets) with the portal's Data Protection keys.</summary>
public sealed class ConnectionSettingsProtector(IDataProtectionProvider provider)
    : SettingsProtector(provider, "OpenChannels.Connections.Settings.v1");
