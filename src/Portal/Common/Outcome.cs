namespace OpenChannels.Portal.Common;

/// <summary>The result of a service operation: a value, or a kind of failure with an error a human can read.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, string? Error)
{
    public bool IsOk => Kind == OutcomeKind.Ok;

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Ok, value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(failure.Kind, default, failure.Error);
}
