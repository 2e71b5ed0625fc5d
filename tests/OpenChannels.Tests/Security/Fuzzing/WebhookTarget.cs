using OpenChannels.Portal.Tests.Infrastructure;

namespace OpenChannels.Portal.Tests.Security.Fuzzing;

/// <summary>
/// One public endpoint that takes bodies from outside, as the malformed-input suite attacks it: how to start a desk serving it,
/// where it listens, the real bodies it is normally sent, and the headers that make a body authentic (so broken bodies get past
/// the signature check and reach the parser).
/// </summary>
/// <param name="Name">Shown in failures, e.g. <c>telegram</c>.</param>
/// <param name="StartAsync">Starts a desk with this connector; the argument holds extra OPENCHANNELS_* settings.</param>
/// <param name="Path">The endpoint's path on that desk.</param>
/// <param name="Seeds">Real, valid bodies to break.</param>
/// <param name="Authenticate">The headers a genuine sender would put on this exact body.</param>
/// <param name="Unauthenticated">What a body without those headers gets: 401 for a webhook, 403 for the widget (no allowed origin).</param>
public sealed record WebhookTarget(
    string Name,
    Func<IReadOnlyDictionary<string, string?>, Task<Desk>> StartAsync,
    Func<Desk, string> Path,
    IReadOnlyList<byte[]> Seeds,
    Func<Desk, byte[], (string Name, string Value)[]> Authenticate,
    int Unauthenticated = 401)
{
    public override string ToString() => Name;
}
