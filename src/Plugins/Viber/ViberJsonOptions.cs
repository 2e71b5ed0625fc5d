using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Viber;

/// <summary>How bodies sent to Viber are written.</summary>
internal static class ViberJsonOptions
{
    /// <summary>
    /// Optional fields are left out rather than sent as null. The relaxed encoder keeps '+', '&lt;' and non-Latin text
    /// readable: these bodies go to Viber's API, never into HTML.
    /// </summary>
    public static JsonSerializerOptions Default { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
