using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Meta.Tests;

/// <summary>Reads what the connector sent to the fake Graph server.</summary>
internal static class RecordedRequestExtensions
{
    public static JsonElement Json(this RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    public static Dictionary<string, StringValues> QueryValues(this RecordedRequest request) => QueryHelpers.ParseQuery(request.Query);

    public static Dictionary<string, StringValues> FormValues(this RecordedRequest request) => QueryHelpers.ParseQuery(request.BodyText);
}
