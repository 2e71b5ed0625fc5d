using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpenChannels.Plugins.Telegram.Tests.Fakes;

/// <summary>Reads a Bot API call's parameters, whether sent as JSON or as a form, the way Telegram accepts both.</summary>
internal static class FakeTelegramFields
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.ToDictionary(f => f.Key, f => f.Value.ToString());
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }
}
