using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Api;

/// <summary>Turns a service <see cref="Outcome{T}"/> into the HTTP answer: the value, or ProblemDetails with the right 4xx.</summary>
public static class OutcomeResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult>? ok = null) => outcome.Kind switch
    {
        OutcomeKind.Ok => ok is null ? Results.Ok(outcome.Value) : ok(outcome.Value!),
        OutcomeKind.NotFound => Results.Problem(outcome.Error, statusCode: StatusCodes.Status404NotFound),
        OutcomeKind.Invalid => Results.Problem(outcome.Error, statusCode: StatusCodes.Status400BadRequest),
        OutcomeKind.Conflict => Results.Problem(outcome.Error, statusCode: StatusCodes.Status409Conflict),
        _ => Results.Problem(outcome.Error, statusCode: StatusCodes.Status403Forbidden),
    };

    public static IResult NoContent(this Outcome<Done> outcome) => outcome.ToResult(_ => Results.NoContent());
}
