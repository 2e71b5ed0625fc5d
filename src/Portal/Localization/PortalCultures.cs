using System.Globalization;

namespace OpenChannels.Portal.Localization;

/// <summary>The UI languages. English is the fallback.</summary>
public static class PortalCultures
{
    public static IReadOnlyList<CultureInfo> Supported { get; } = [new("en"), new("pt-BR"), new("fr")];

    public static IReadOnlyList<(string Code, string Name)> Choices { get; } = [("en", "English"), ("pt-BR", "Português (Brasil)"), ("fr", "Français")];

    public static bool IsSupported(string? culture) => Supported.Any(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
}
