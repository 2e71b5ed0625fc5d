namespace OpenChannels.Portal.Widget;

/// <summary>The widget endpoints' refusals, as ProblemDetails the widget maps to a message in the visitor's language by status.</summary>
public static class WidgetResults
{
    public static IResult TooMany(HttpContext http)
    {
        http.Response.Headers.RetryAfter = WidgetRateLimits.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem("Too many requests; wait a minute.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static IResult NoToken() => Results.Problem("The visitor token is missing, expired or not valid.", statusCode: StatusCodes.Status401Unauthorized);

    public static IResult Invalid(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult TooLarge(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult Unsupported(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static IResult From(WidgetRelayOutcome outcome) => outcome switch
    {
        WidgetRelayOutcome.Stored => Results.NoContent(),
        WidgetRelayOutcome.Refused => Invalid("The request could not be understood."),
        _ => Results.Problem("The message could not be stored now; try again.", statusCode: StatusCodes.Status503ServiceUnavailable),
    };
}
