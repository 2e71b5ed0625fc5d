using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Meta.Tests;

/// <summary>One field of a recorded multipart/form-data body.</summary>
internal sealed record MultipartField(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);

    public static async Task<Dictionary<string, MultipartField>> ParseAsync(RecordedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var fields = new Dictionary<string, MultipartField>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
            fields[name] = new MultipartField(name, HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, content.ToArray());
        }

        return fields;
    }
}
