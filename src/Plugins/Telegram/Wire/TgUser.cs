namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's User.</summary>
internal sealed record TgUser
{
    public long? Id { get; init; }

    public bool IsBot { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }
}
