namespace OpenChannels.Portal.Common;

/// <summary>A failed <see cref="Outcome{T}"/> before its value type is known: <c>return Failure.NotFound();</c>.</summary>
public sealed record Failure(OutcomeKind Kind, string Error)
{
    public static Failure NotFound(string what = "not found") => new(OutcomeKind.NotFound, what);

    public static Failure Invalid(string error) => new(OutcomeKind.Invalid, error);

    public static Failure Conflict(string error) => new(OutcomeKind.Conflict, error);

    public static Failure Forbidden(string error) => new(OutcomeKind.Forbidden, error);
}
