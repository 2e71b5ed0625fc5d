using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace OpenChannels.Portal.Crm;

/// <summary>
/// The public form page: <c>GET /forms/{token}</c> shows the form, <c>POST /forms/{token}</c> takes the answers. Anonymous by
/// design (the signed token is the authorization), antiforgery-checked, and rate-limited per address (<see cref="RateLimit"/>).
/// </summary>
public static class CrmFormEndpoints
{
    public const string RateLimit = "crm-forms";

    /// <summary>OPENCHANNELS_FORM_REQUESTS_PER_MINUTE (default 30) form requests per client address and minute.</summary>
    public static void AddCrmFormPolicy(this RateLimiterOptions options, IConfiguration configuration)
    {
        var permits = int.TryParse(configuration["OPENCHANNELS_FORM_REQUESTS_PER_MINUTE"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 30;
        options.AddPolicy(RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public static IEndpointRouteBuilder MapCrmForms(this IEndpointRouteBuilder endpoints)
    {
        var forms = endpoints.MapGroup("/forms/{token}").AllowAnonymous().RequireRateLimiting(RateLimit).ExcludeFromDescription();
        forms.MapGet("/", async (string token, HttpContext http, CrmFormSubmissions submissions, IAntiforgery antiforgery, IStringLocalizer<SharedResource> l) =>
            await submissions.OpenAsync(token, http.RequestAborted) is { } form
                ? Html(CrmFormHtml.Form(form, antiforgery.GetAndStoreTokens(http), l))
                : Gone(l));
        forms.MapPost("/", async (string token, HttpContext http, IFormCollection posted, CrmFormSubmissions submissions, IAntiforgery antiforgery, IStringLocalizer<SharedResource> l) =>
        {
            var answers = posted.ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            var outcome = await submissions.SubmitAsync(token, answers, http.RequestAborted);
            if (outcome.IsOk)
            {
                return Html(CrmFormHtml.Message(l["Crm.FormThanksTitle"], l["Crm.FormThanks"]));
            }

            return outcome.Kind == Common.OutcomeKind.NotFound || await submissions.OpenAsync(token, http.RequestAborted) is not { } form
                ? Gone(l)
                : Html(CrmFormHtml.Form(form, antiforgery.GetAndStoreTokens(http), l, answers, outcome.Error), StatusCodes.Status400BadRequest);
        });
        return endpoints;
    }

    private static IResult Gone(IStringLocalizer l) => Html(CrmFormHtml.Message(l["Crm.FormGoneTitle"], l["Crm.FormLinkInvalid"]), StatusCodes.Status404NotFound);

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
