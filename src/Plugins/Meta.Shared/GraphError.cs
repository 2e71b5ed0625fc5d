using System.Text.Json;

namespace OpenChannels.Plugins.Meta;

/// <summary>The <c>error</c> object of a Graph API failure: <c>{"error":{"message","type","code","error_subcode","is_transient","fbtrace_id"}}</c>.</summary>
internal sealed record GraphError(int? Code, int? Subcode, string? Message, string? Type, bool IsTransient, string? TraceId)
{
    public static GraphError? From(JsonElement body) => body.Child("error") is { ValueKind: JsonValueKind.Object } error
        ? new GraphError(
            (int?)error.Long("code"),
            (int?)error.Long("error_subcode"),
            error.Str("error_user_msg") ?? error.Str("message"),
            error.Str("type"),
            error.Flag("is_transient"),
            error.Str("fbtrace_id"))
        : null;
}
