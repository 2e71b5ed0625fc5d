using System.Text.RegularExpressions;

namespace OpenChannels.Portal.CannedResponses;

/// <summary>
/// Fills <c>{client.name}</c>, <c>{client.firstName}</c>, <c>{agent.name}</c>, <c>{agent.firstName}</c> and <c>{channel.name}</c>
/// in a canned response. An unknown placeholder, or one without a value, is left as written so the agent sees it before sending.
/// </summary>
public static partial class Placeholders
{
    public static IReadOnlyList<string> Known { get; } = ["{client.name}", "{client.firstName}", "{agent.name}", "{agent.firstName}", "{channel.name}"];

    public static string Fill(string text, PlaceholderValues values) => Token().Replace(text, m =>
    {
        var value = m.Groups[1].Value.ToLowerInvariant() switch
        {
            "client.name" => values.ClientName,
            "client.firstname" => FirstName(values.ClientName),
            "agent.name" => values.AgentName,
            "agent.firstname" => FirstName(values.AgentName),
            "channel.name" => values.ChannelName,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? m.Value : value;
    });

    private static string? FirstName(string? name) => name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    [GeneratedRegex(@"\{([A-Za-z]+\.[A-Za-z]+)\}")]
    private static partial Regex Token();
}
