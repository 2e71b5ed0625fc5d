using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

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

    /// <summary>Answers with the next scripted reply of a route, or its default success.</summary>
    public static IResult Answer(ConcurrentQueue<GraphReply> script, GraphReply fallback)
    {
        var reply = script.TryDequeue(out var scripted) ? scripted : fallback;
        return Results.Text(reply.Body, "application/json", statusCode: reply.Status);
    }
}
