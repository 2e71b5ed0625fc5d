using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>A multipart/form-data body the fake received, split into its text fields and its files.</summary>
internal sealed record RecordedForm(IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, RecordedFile> Files)
{
    public static async Task<RecordedForm> ParseAsync(RecordedRequest request)
    {
        var type = MediaTypeHeaderValue.Parse(request.ContentType);
        Assert.Equal("multipart/form-data", type.MediaType.Value);
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, new MemoryStream(request.Body));
        var fields = new Dictionary<string, string>();
        var files = new Dictionary<string, RecordedFile>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
            if (disposition.FileName.HasValue)
            {
                files[name] = new RecordedFile(HeaderUtilities.RemoveQuotes(disposition.FileName).Value!, section.ContentType, buffer.ToArray());
            }
            else
            {
                fields[name] = Encoding.UTF8.GetString(buffer.ToArray());
            }
        }

        return new RecordedForm(fields, files);
    }
}
