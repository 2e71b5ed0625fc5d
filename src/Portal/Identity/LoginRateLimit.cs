using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Routing;
using OpenChannels.Portal.Localization;

namespace OpenChannels.Portal.Identity;

/// <summary>
/// Limits sign-in attempts per client address, on top of the per-account lockout: password guessing spread over many accounts
/// is slowed too. The sign-in page is a static Razor component, so the limit is attached to that component's endpoint, and
/// only its form posts count (GET renders the page and is never limited).
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "login";
    private const string LoginRoute = "account/login";

    /// <summary>OPENCHANNELS_LOGIN_ATTEMPTS_PER_MINUTE (default 30) sign-in posts per client address and minute.</summary>
    public static void AddLoginPolicy(this RateLimiterOptions options, IConfiguration configuration)
    {
        var setting = configuration["OPENCHANNELS_LOGIN_ATTEMPTS_PER_MINUTE"];
        var permits = string.IsNullOrWhiteSpace(setting) ? 30 : int.Parse(setting, NumberStyles.None, CultureInfo.InvariantCulture);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("render"));
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            if (!rejected.HttpContext.Request.Path.StartsWithSegments("/" + LoginRoute, StringComparison.OrdinalIgnoreCase))
            {
                // Webhooks and the API: a machine-readable answer; the messenger retries after Retry-After.
                await Results.Problem("Too many requests.", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
                return;
            }

            var text = rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Login.TooManyAttempts"];
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(text, cancellationToken);
        };
    }

    /// <summary>Puts the policy on the sign-in page's endpoint only.</summary>
    public static TBuilder RequireLoginRateLimit<TBuilder>(this TBuilder components)
        where TBuilder : IEndpointConventionBuilder
    {
        components.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && string.Equals(route.Trim('/'), LoginRoute, StringComparison.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(Policy));
            }
        });
        return components;
    }
}
