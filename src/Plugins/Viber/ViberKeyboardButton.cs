using System.Text.Json.Serialization;

namespace OpenChannels.Plugins.Viber;

/// <summary>One button of a Viber keyboard. Viber spells these keys in PascalCase.</summary>
internal sealed record ViberKeyboardButton(
    [property: JsonPropertyName("ActionType")] string ActionType,
    [property: JsonPropertyName("ActionBody")] string ActionBody,
    [property: JsonPropertyName("Text")] string Text,
    [property: JsonPropertyName("Columns")] int Columns,
    [property: JsonPropertyName("Rows")] int Rows,
    [property: JsonPropertyName("Silent")] bool Silent);
