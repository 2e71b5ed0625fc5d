using System.Net;
using System.Net.Sockets;

namespace OpenChannels.Portal.Plugins;

/// <summary>
/// Stops server-side request forgery through plugins: a URL that came from outside (an avatar, an attachment link in a webhook)
/// may not make the portal connect to loopback, private, link-local or other internal addresses. Hosts an administrator configured
/// (URL settings of connections, such as a self-hosted API base URL, and <c>OPENCHANNELS_TRUSTED_HOSTS</c>) are allowed anywhere.
/// The check runs on the resolved address at connect time, so DNS rebinding to an internal address is refused too.
/// </summary>
public sealed class OutboundAddressGuard(IEnumerable<string> alwaysTrusted)
{
    private readonly HashSet<string> _always = alwaysTrusted.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet();
    private volatile HashSet<string> _configured = [];

    /// <summary>Replaces the hosts taken from connection settings.</summary>
    public void TrustConfigured(IEnumerable<string> hosts) => _configured = hosts.Select(h => h.ToLowerInvariant()).ToHashSet();

    public bool IsTrusted(string host)
    {
        var h = host.ToLowerInvariant();
        return _always.Contains(h) || _configured.Contains(h);
    }

    public bool IsAllowed(string host, IPAddress address) => IsTrusted(host) || !IsInternal(address);

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (address.GetAddressBytes()[0] & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || b[0] >= 224                      // private, "this network", multicast and reserved
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)                                  // link-local, including cloud metadata at 169.254.169.254
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);                   // carrier-grade NAT
    }
}
