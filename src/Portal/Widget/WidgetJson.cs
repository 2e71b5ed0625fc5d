using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OpenChannels.Portal.Widget;

/// <summary>
/// Reads a widget call's JSON body itself instead of leaving it to parameter binding, which answers bad JSON, a wrong content
/// type or a huge body before any filter runs and without a logged reason. Here each gets its own refusal, which
/// <see cref="WidgetRefusalLog"/> logs.
/// </summary>
public static class WidgetJson
{
    /// <summary>Far above any real widget call (a pre-chat form or an offline message of the longest allowed text).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Refusal)> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, WidgetResults.TooLarge($"The body is larger than {MaxBodyBytes / 1024} KB."));
        }

        if (!http.Request.HasJsonContentType())
        {
            return (null, WidgetResults.Unsupported("Send the body as application/json."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, WidgetResults.TooLarge($"The body is larger than {MaxBodyBytes / 1024} KB."));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
            return value is null ? (null, WidgetResults.Invalid("The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, WidgetResults.Invalid($"The body is not valid JSON (at {ex.Path ?? "$"}, line {ex.LineNumber}, byte {ex.BytePositionInLine})."));
        }
    }
}
