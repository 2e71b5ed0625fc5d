using System.Security.Cryptography;

namespace OpenChannels.Plugins.Telegram;

/// <summary>Makes a webhook secret that fits Telegram's alphabet (base64url is exactly A-Z a-z 0-9 - _).</summary>
internal static class SecretTokenGenerator
{
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
