namespace OpenChannels.Plugins.Telegram.Wire;

/// <summary>The Bot API's Contact: a shared phone-book card.</summary>
internal sealed record TgContact
{
    public string? PhoneNumber { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}
