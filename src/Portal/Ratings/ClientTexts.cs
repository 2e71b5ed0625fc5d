using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenChannels.Portal.Localization;

namespace OpenChannels.Portal.Ratings;

/// <summary>Texts the portal itself sends to clients, in the client's language when the messenger told us it (else English).</summary>
public sealed class ClientTexts(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The supported culture for a language code (exact name first, then the language alone), else English.</summary>
    public static CultureInfo Resolve(string? languageCode) =>
        PortalCultures.Supported.FirstOrDefault(c => languageCode is not null && c.Name.Equals(languageCode, StringComparison.OrdinalIgnoreCase))
        ?? PortalCultures.Supported.FirstOrDefault(c => languageCode is not null && c.TwoLetterISOLanguageName.Equals(languageCode.Split('-', '_')[0], StringComparison.OrdinalIgnoreCase))
        ?? CultureInfo.GetCultureInfo("en");

    public string Get(string key, string? languageCode)
    {
        var culture = Resolve(languageCode);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
