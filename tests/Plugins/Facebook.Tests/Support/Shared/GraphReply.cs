namespace OpenChannels.Plugins.Meta.Tests;

/// <summary>A scripted Graph answer: status code and JSON body.</summary>
internal sealed record GraphReply(int Status, string Body)
{
    /// <summary>A Graph error in the documented shape <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>.</summary>
    public static GraphReply Error(int status, int code, int? subcode, string message, bool transient = false)
    {
        var sub = subcode is { } s ? $", \"error_subcode\": {s}" : "";
        var flag = transient ? ", \"is_transient\": true" : "";
        var escaped = message.Replace("\"", "\\\"", StringComparison.Ordinal);
        return new GraphReply(status, $$$"""{"error": {"message": "{{{escaped}}}", "type": "OAuthException", "code": {{{code}}}{{{sub}}}{{{flag}}}, "fbtrace_id": "AbCdEf123"}}""");
    }
}
