namespace OpenChannels.Portal.Plugins;

/// <summary>The outcome of <see cref="ConnectorGateway.InvokeAsync{T}"/>: the plugin's value, or why there is none.</summary>
public sealed record ConnectorCallResult<T>(ConnectorCallStatus Status, T? Value, string? Error)
{
    public bool IsCompleted => Status == ConnectorCallStatus.Completed;

    public static ConnectorCallResult<T> Completed(T value) => new(ConnectorCallStatus.Completed, value, null);

    public static ConnectorCallResult<T> Fail(ConnectorCallStatus status, string error) => new(status, default, error);
}
