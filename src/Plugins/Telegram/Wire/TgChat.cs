namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's Chat. In a private chat the id equals the user's id.</summary>
internal sealed record TgChat
{
    public long? Id { get; init; }

    public string? Type { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public bool IsPrivate => Type == "private";
}
