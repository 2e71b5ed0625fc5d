using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Abstractions.Hosting;

/// <summary>HMAC helpers that most messengers' webhook signatures need, compared in constant time.</summary>
public static class WebhookSignature
{
    /// <summary>True when <paramref name="signatureHex"/> is the hex HMAC-SHA256 of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static bool IsValidHmacSha256Hex(ReadOnlySpan<byte> body, string secret, string? signatureHex)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(secret) || signatureHex.Length != 64)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        Span<byte> given = stackalloc byte[32];
        try
        {
            if (Convert.FromHexString(signatureHex, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            {
                return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>True when two secrets are equal, compared in constant time.</summary>
    public static bool SecretsEqual(string? given, string? expected)
    {
        if (given is null || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>The hex HMAC-SHA256 of <paramref name="body"/>, lower case (useful to sign test requests).</summary>
    public static string ComputeHmacSha256Hex(ReadOnlySpan<byte> body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
