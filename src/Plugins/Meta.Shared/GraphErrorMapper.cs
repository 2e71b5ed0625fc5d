using OpenChannels.Abstractions.Outbound;

namespace OpenChannels.Plugins.Meta;

/// <summary>Sorts Graph API failures into "try again later" and "will never work", with a reason an agent can read.</summary>
internal static class GraphErrorMapper
{
    public static readonly TimeSpan RateLimitDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan TransientDelay = TimeSpan.FromSeconds(10);

    // 4 app, 17 user, 32 page, 613 call-rate and 80006 Messenger page-level limits; 1 and 2 are Graph's "try again" codes.
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 613, 80006];
    private static readonly HashSet<int> TemporaryCodes = [1, 2];

    public static SendResult Map(int status, GraphError? error, TimeSpan? retryAfter, string tokenName)
    {
        var code = error?.Code;
        if (status == 429 || code is { } c && RateLimitCodes.Contains(c))
        {
            return SendResult.RetryLater(retryAfter ?? RateLimitDelay, $"Meta rate limit reached{Detail(error)}; retrying later");
        }

        if (status >= 500 || error?.IsTransient == true || code is { } t && TemporaryCodes.Contains(t))
        {
            return SendResult.RetryLater(retryAfter ?? TransientDelay, $"Meta had a temporary problem (HTTP {status}){Detail(error)}");
        }

        return SendResult.Failed(Reason(status, error, tokenName));
    }

    private static string Reason(int status, GraphError? error, string tokenName) => (error?.Code, error?.Subcode) switch
    {
        (190, _) => $"The {tokenName} is invalid or expired",
        (10, 2018278) => "The reply window is closed: Meta does not allow messages this long after the client last wrote",
        (10, 2018065) or (10, 2018108) or (10, 2018109) => "Meta refused the message tag: the app may lack the Human Agent permission",
        (551, _) or (200, 1545041) => "This person isn't available right now (they may have blocked the account or left the platform)",
        (100, 2018001) => "No matching user found: this client id is unknown to the account (it may belong to another page or app)",
        (100, 2534014) => "No matching user found: this client id is unknown to the account",
        (10, _) => $"The app lacks the permission for this action{Detail(error)}",
        (200, _) => $"Permission denied{Detail(error)}",
        (null, _) => $"Meta answered HTTP {status} without an error description",
        _ => $"Meta refused the request{Detail(error)}",
    };

    private static string Detail(GraphError? error)
    {
        if (error?.Code is null)
        {
            return "";
        }

        var code = error.Subcode is { } sub ? $"{error.Code}/{sub}" : $"{error.Code}";
        return string.IsNullOrWhiteSpace(error.Message) ? $" (error {code})" : $" (error {code}: {error.Message})";
    }
}
